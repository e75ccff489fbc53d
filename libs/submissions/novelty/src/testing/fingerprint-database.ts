import { createTestDatabase } from '@cchc/db/testing';
import pg from 'pg';
import { fingerprintTableDdl } from '../fingerprint-table.ts';

export interface FingerprintDatabase {
  /** Connections as the database's own role, which owns the table and is held to its row-level security. */
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** A throw-away database on the test run's PostgreSQL, with the fingerprint table created from its DDL. */
export async function createFingerprintDatabase(): Promise<FingerprintDatabase> {
  const database = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  await pool.query(await fingerprintTableDdl());
  return {
    pool,
    async drop() {
      await pool.end();
      await database.drop();
    },
  };
}
