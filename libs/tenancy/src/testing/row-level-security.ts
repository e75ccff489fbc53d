import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Tables that hold no tenant's rows of their own: migration history, and the event outbox and inbox. */
export const INFRASTRUCTURE_TABLES = ['_prisma_migrations', 'outbox_event', 'inbox_event'];

/** Tables of the database that row-level security does not guard, with ENABLE and FORCE, apart from infrastructure. */
export async function tablesWithoutRowLevelSecurity(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
         AND NOT (c.relrowsecurity AND c.relforcerowsecurity) AND c.relname <> ALL($1)
       ORDER BY 1`,
      [INFRASTRUCTURE_TABLES],
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** Every service checks that its migrations leave no tenant table without row-level security. */
export function describeRowLevelSecurity(service: string, schemaPath: string): void {
  describe(`${service} row-level security`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase({ schemaPath });
    });
    afterAll(() => database?.drop());

    it('guards every table but the migration history, outbox and inbox', async () => {
      expect(await tablesWithoutRowLevelSecurity(database.url)).toEqual([]);
    });

    it('connects as a role that cannot bypass it', async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
        );
        expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
      } finally {
        await client.end();
      }
    });
  });
}
