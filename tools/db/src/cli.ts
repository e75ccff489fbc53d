import { parseArgs } from 'node:util';
import { createMigration, deployMigrations, migrationStatus } from './migrate.ts';
import { startScratchPostgres } from './scratch-postgres.ts';

const usage = `Usage: db <deploy|status|create> --schema <path to schema.prisma> [--name <migration_name>]
  deploy   apply pending migrations to DATABASE_URL
  status   list applied, pending and modified migrations of DATABASE_URL
  create   write a new migration from the schema change (uses a throw-away embedded PostgreSQL)`;

function fail(message: string): never {
  console.error(`db: ${message}`);
  process.exit(1);
}

function databaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) fail('DATABASE_URL is not set (postgres://user:password@host:port/database)');
  return url;
}

async function create(schemaPath: string, name: string | undefined): Promise<void> {
  if (!name) fail('create needs --name <migration_name>');
  const scratch = await startScratchPostgres();
  try {
    // The engine replays the history on a shadow database and diffs it with the schema; the superuser may create it.
    const folder = await createMigration({ databaseUrl: scratch.url(), schemaPath }, name);
    console.log(folder ? `Created ${folder}` : 'The schema matches the migrations: nothing to create.');
  } finally {
    await scratch.stop();
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { schema: { type: 'string' }, name: { type: 'string' } },
  });
  const [command] = positionals;
  if (!values.schema || !command) fail(`missing command or --schema\n${usage}`);
  switch (command) {
    case 'deploy': {
      const applied = await deployMigrations({ databaseUrl: databaseUrl(), schemaPath: values.schema });
      console.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations.');
      return;
    }
    case 'status': {
      const status = await migrationStatus({ databaseUrl: databaseUrl(), schemaPath: values.schema });
      for (const [label, names] of Object.entries(status))
        console.log(`${label.padEnd(8)} ${names.join(', ') || '-'}`);
      if (status.pending.length || status.modified.length || status.failed.length) process.exitCode = 1;
      return;
    }
    case 'create':
      return create(values.schema, values.name);
    default:
      fail(`unknown command "${command}"\n${usage}`);
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
