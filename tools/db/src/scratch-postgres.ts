import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.ts';
import { freePort } from './free-port.ts';

/**
 * Starts a throw-away PostgreSQL cluster under the system temp folder (a folder the `postgres` user can
 * own even when we run as root) and deletes it on stop.
 */
export async function startScratchPostgres(): Promise<RunningPostgres> {
  const parent = await mkdtemp(path.join(tmpdir(), 'cchc-pg-'));
  // mkdtemp makes the folder private to us; the server may run as another user and must reach its data folder.
  await chmod(parent, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'data'),
    port: await freePort(),
    password: randomBytes(12).toString('hex'),
    ephemeral: true,
  });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
