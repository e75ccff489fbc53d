import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { nextMigrationFolderName, readMigrations, writeMigration } from './migration-files.ts';
import { openSchemaEngine, type OpenEngine, type SchemaFile } from './schema-engine.ts';

/** Where a service keeps its Prisma schema (a file or a folder of .prisma files) and which database it migrates. */
export interface MigrationTarget {
  databaseUrl: string;
  /** Path to `schema.prisma` or to a folder of `.prisma` files; migrations live in `migrations/` beside it. */
  schemaPath: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file no longer matches the checksum recorded when they were applied. */
  modified: string[];
  failed: string[];
  /** Migrations recorded in the database that the folder does not have. */
  unknown: string[];
}

/** Refused because the migration history is not safe to build on; the message says what to do. */
export class MigrationHistoryError extends Error {}

const noFilters = { externalTables: [], externalEnums: [] };

async function schemaLocation(schemaPath: string): Promise<{ files: SchemaFile[]; migrationsDir: string }> {
  const resolved = path.resolve(schemaPath);
  const isFolder = (await stat(resolved)).isDirectory();
  const folder = isFolder ? resolved : path.dirname(resolved);
  const names = isFolder
    ? (await readdir(folder)).filter((name) => name.endsWith('.prisma')).sort()
    : [path.basename(resolved)];
  const files = await Promise.all(
    names.map(async (name) => ({
      path: path.join(folder, name),
      content: await readFile(path.join(folder, name), 'utf8'),
    })),
  );
  return { files, migrationsDir: path.join(folder, 'migrations') };
}

async function withEngine<T>(
  target: MigrationTarget,
  work: (open: OpenEngine, migrationsDir: string, files: SchemaFile[]) => Promise<T>,
): Promise<T> {
  const { files, migrationsDir } = await schemaLocation(target.schemaPath);
  const open = await openSchemaEngine(target.databaseUrl, files);
  try {
    return await work(open, migrationsDir, files);
  } finally {
    await open.close();
  }
}

async function appliedMigrationNames(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query<{ present: boolean }>(
      `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`,
    );
    if (!exists.rows[0]?.present) return [];
    const rows = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return rows.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

/** The migrations folder and how the database's history compares with it (without a shadow database). */
async function diagnose(engine: OpenEngine['engine'], migrationsDir: string) {
  const migrationsList = await readMigrations(migrationsDir);
  const diagnosis = await engine.diagnoseMigrationHistory({
    migrationsList,
    optInToShadowDatabase: false,
    filters: noFilters,
  });
  return { migrationsList, diagnosis };
}

/** Reports applied, pending, modified and failed migrations of a database against its migrations folder. */
export async function migrationStatus(target: MigrationTarget): Promise<MigrationStatus> {
  return withEngine(target, async ({ engine }, migrationsDir) => {
    const { diagnosis } = await diagnose(engine, migrationsDir);
    const history = diagnosis.history;
    return {
      applied: await appliedMigrationNames(target.databaseUrl),
      pending: history && 'unappliedMigrationNames' in history ? history.unappliedMigrationNames : [],
      modified: diagnosis.editedMigrationNames,
      failed: diagnosis.failedMigrationNames,
      unknown: history && 'unpersistedMigrationNames' in history ? history.unpersistedMigrationNames : [],
    };
  });
}

/**
 * Applies pending migrations in order and records them in `_prisma_migrations` as `prisma migrate deploy` does.
 * Refuses to run when an applied migration was modified or a previous run failed, naming the migration.
 */
export async function deployMigrations(target: MigrationTarget): Promise<string[]> {
  return withEngine(target, async ({ engine }, migrationsDir) => {
    const { migrationsList, diagnosis } = await diagnose(engine, migrationsDir);
    if (diagnosis.editedMigrationNames.length > 0) {
      throw new MigrationHistoryError(
        `Refusing to migrate: applied migration(s) ${diagnosis.editedMigrationNames.join(', ')} were modified after ` +
          `they were applied (checksum differs). Restore the original migration.sql and put the change in a new migration.`,
      );
    }
    if (diagnosis.failedMigrationNames.length > 0) {
      throw new MigrationHistoryError(
        `Refusing to migrate: migration(s) ${diagnosis.failedMigrationNames.join(', ')} failed earlier. ` +
          `Fix the database by hand, then mark the migration rolled back or applied.`,
      );
    }
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

/**
 * Writes a new migration with the SQL that takes the migrated schema to the current Prisma schema.
 * Returns the new folder, or undefined when the schema has not changed.
 */
export async function createMigration(target: MigrationTarget, name: string): Promise<string | undefined> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" must use only lower-case letters, digits and underscores`);
  }
  return withEngine(target, async ({ engine }, migrationsDir, files) => {
    const migrationsList = await readMigrations(migrationsDir);
    // Replays the history on a shadow database and diffs the result with the schema.
    const { stdout } = await engine.diff({
      from:
        migrationsList.migrationDirectories.length === 0
          ? { tag: 'empty' }
          : { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    if (stdout === null || isEmptyMigration(stdout)) return undefined;
    const existing = migrationsList.migrationDirectories.map((directory) => directory.path);
    return writeMigration(migrationsDir, nextMigrationFolderName(existing, name), stdout);
  });
}

function isEmptyMigration(script: string): boolean {
  return script
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
