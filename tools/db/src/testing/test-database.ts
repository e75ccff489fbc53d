import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { deployMigrations } from '../migrate.ts';
import { provisionDatabase } from '../provision.ts';
import type {} from './provided-context.ts';

export interface TestDatabase {
  /** URL of the database's own role, as a service would connect. */
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh database (and role) on the test run's PostgreSQL (or the one `superuserUrl` names, outside a
 * test run), with the migrations of `schemaPath` applied when given. Call it once per test file and drop it
 * afterwards.
 */
export async function createTestDatabase(
  options: { schemaPath?: string; superuserUrl?: string } = {},
): Promise<TestDatabase> {
  const superuserUrl = options.superuserUrl ?? inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const url = await provisionDatabase(superuserUrl, { database: name, role: name, password: name });
  if (options.schemaPath) await deployMigrations({ databaseUrl: url, schemaPath: options.schemaPath });
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: superuserUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS "${name}"`);
      } finally {
        await client.end();
      }
    },
  };
}
