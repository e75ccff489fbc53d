import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { deployMigrations, migrationStatus } from './migrate.ts';
import { provisionDatabase } from './provision.ts';

// An external server is what production uses; this machine's may have one on the standard port.
const externalUrl = process.env['EXTERNAL_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const services = ['submissions', 'judging', 'rewards', 'reporting'];

async function externalServerVersion(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: externalUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version;
  } catch (error) {
    console.warn(
      `Skipping the external PostgreSQL test: no server answers at ${externalUrl} (${(error as Error).message})`,
    );
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const version = await externalServerVersion();

describe.skipIf(!version)(`services' migrations on an external PostgreSQL (${version ?? 'absent'})`, () => {
  const suffix = randomBytes(4).toString('hex');
  const created: string[] = [];

  afterAll(async () => {
    const client = new pg.Client({ connectionString: externalUrl });
    await client.connect();
    for (const name of created) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS "${name}"`);
    }
    await client.end();
  });

  it.each(services)('applies the %s migrations through DATABASE_URL, once', async (service) => {
    const name = `cchc_${service}_ext_${suffix}`;
    created.push(name);
    const databaseUrl = await provisionDatabase(externalUrl, {
      database: name,
      role: name,
      password: suffix,
    });
    const schemaPath = path.join(workspaceRoot, 'apps', service, 'prisma');

    const applied = await deployMigrations({ databaseUrl, schemaPath });
    expect(applied.length).toBeGreaterThan(0);
    expect(await deployMigrations({ databaseUrl, schemaPath })).toEqual([]);
    const status = await migrationStatus({ databaseUrl, schemaPath });
    expect(status).toMatchObject({ applied, pending: [], modified: [], failed: [] });
  });
});
