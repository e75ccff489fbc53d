import { readdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** What the service kit needs of a service's Prisma client. */
export interface DatabaseClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
  $disconnect(): Promise<void>;
}

async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Makes readiness depend on the database answering and on every migration of the service's folder having been
 * applied, and disconnects the client when the service closes.
 */
export async function registerDatabase(
  app: FastifyInstance,
  client: DatabaseClient,
  migrationsDir: string,
): Promise<void> {
  const expected = await migrationNames(migrationsDir);
  app.addReadinessCheck('database', async () => {
    await client.$queryRawUnsafe('SELECT 1');
  });
  app.addReadinessCheck('migrations', async () => {
    const rows = await client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.name));
    const pending = expected.filter((name) => !applied.has(name));
    if (pending.length) throw new Error(`pending migrations: ${pending.join(', ')}`);
  });
  app.addHook('onClose', async () => {
    await client.$disconnect();
  });
}
