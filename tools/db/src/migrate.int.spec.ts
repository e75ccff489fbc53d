import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createMigration, deployMigrations, MigrationHistoryError, migrationStatus } from './migrate.ts';
import { nextMigrationFolderName } from './migration-files.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

const initialSchema = `datasource db {
  provider = "postgresql"
}

model Initiative {
  id    Int    @id @default(autoincrement())
  title String
}
`;
const changedSchema = initialSchema.replace('title String', 'title String\n  field String?');

describe('offline migrations', () => {
  let folder: string;
  let schemaPath: string;
  let database: TestDatabase;
  let initName: string;

  const migrationsRecorded = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, logs, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cchc-migrate-'));
    schemaPath = path.join(folder, 'schema.prisma');
    await writeFile(schemaPath, initialSchema);
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('creates the first migration from the schema', async () => {
    const created = await createMigration({ databaseUrl: inject('postgresUrl'), schemaPath }, 'init');
    expect(created).toMatch(/migrations\/\d{14}_init$/);
    initName = path.basename(created!);
    const sql = await readFile(path.join(created!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Initiative"');
    expect(await readFile(path.join(folder, 'migrations', 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );
  });

  it('applies each migration once and records it as prisma migrate deploy does', async () => {
    expect(await deployMigrations({ databaseUrl: database.url, schemaPath })).toEqual([initName]);
    expect(await deployMigrations({ databaseUrl: database.url, schemaPath })).toEqual([]);

    const script = await readFile(path.join(folder, 'migrations', initName, 'migration.sql'));
    const rows = await migrationsRecorded();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      migration_name: initName,
      checksum: createHash('sha256').update(script).digest('hex'),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it('writes only the difference for a schema change, and nothing when there is none', async () => {
    await writeFile(schemaPath, changedSchema);
    const created = await createMigration({ databaseUrl: inject('postgresUrl'), schemaPath }, 'add_field');
    // Created within a second of the first migration; it must still sort, and so run, after it.
    expect(path.basename(created!) > initName).toBe(true);
    const sql = await readFile(path.join(created!, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN');
    expect(sql).not.toContain('CREATE TABLE');

    const status = await migrationStatus({ databaseUrl: database.url, schemaPath });
    expect(status.pending).toEqual([path.basename(created!)]);
    expect(status.applied).toEqual([initName]);

    await deployMigrations({ databaseUrl: database.url, schemaPath });
    expect(
      await createMigration({ databaseUrl: inject('postgresUrl'), schemaPath }, 'nothing'),
    ).toBeUndefined();
    expect((await migrationStatus({ databaseUrl: database.url, schemaPath })).pending).toEqual([]);
  });

  it('applies a script whole, with semicolons in comments and string literals', async () => {
    const migrations = path.join(folder, 'migrations');
    const name = nextMigrationFolderName(await readdir(migrations), 'semicolons');
    await mkdir(path.join(migrations, name));
    await writeFile(
      path.join(migrations, name, 'migration.sql'),
      `-- A comment; with a semicolon\nALTER TABLE "Initiative" ADD COLUMN "note" TEXT NOT NULL DEFAULT 'a;b';\n`,
    );
    expect(await deployMigrations({ databaseUrl: database.url, schemaPath })).toEqual([name]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Initiative" (title) VALUES ('x')`);
      const { rows } = await client.query(`SELECT note FROM "Initiative"`);
      expect(rows).toEqual([{ note: 'a;b' }]);
    } finally {
      await client.end();
    }
  });

  it('refuses to migrate when an applied migration was modified', async () => {
    await appendFile(path.join(folder, 'migrations', initName, 'migration.sql'), '\n-- edited\n');
    const status = await migrationStatus({ databaseUrl: database.url, schemaPath });
    expect(status.modified).toEqual([initName]);
    const attempt = deployMigrations({ databaseUrl: database.url, schemaPath });
    await expect(attempt).rejects.toBeInstanceOf(MigrationHistoryError);
    await expect(attempt).rejects.toThrow(new RegExp(`${initName} were modified after they were applied`));
  });

  it('rejects a migration name that Prisma could not use', async () => {
    await expect(
      createMigration({ databaseUrl: inject('postgresUrl'), schemaPath }, 'Bad Name'),
    ).rejects.toThrow(/lower-case letters, digits and underscores/);
  });
});
