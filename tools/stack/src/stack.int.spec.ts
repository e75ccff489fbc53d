import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cchc/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortFree } from './ports.ts';
import { serviceNames } from './stack-config.ts';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

interface StackRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runStack(env: Record<string, string>): StackRun {
  const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function untilReady(run: StackRun): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!run.output().includes('The platform is ready')) {
    if (run.child.exitCode !== null) throw new Error(`the stack exited early:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`the stack was not ready in time:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm start (the stack)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let ports: number[];

  const withSubmissionsDatabase = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const secrets = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'));
    const client = new pg.Client({
      host: '127.0.0.1',
      port: Number(env['STACK_POSTGRES_PORT']),
      user: 'postgres',
      password: secrets.postgresPassword,
      database: 'cchc_submissions',
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'cchc-stack-'));
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'data');
    ports = await Promise.all(Array.from({ length: 6 }, () => freePort()));
    env = {
      STACK_DATA_DIR: dataDir,
      STACK_POSTGRES_PORT: String(ports[0]),
      SUBMISSIONS_PORT: String(ports[1]),
      JUDGING_PORT: String(ports[2]),
      REWARDS_PORT: String(ports[3]),
      REPORTING_PORT: String(ports[4]),
      STACK_KAFKA_PORT: String(ports[5]),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('starts four ready services with OpenAPI 3.1 documents, prints where they are, and stops cleanly', async () => {
    const run = runStack(env);
    try {
      await untilReady(run);
      for (const [index, service] of serviceNames.entries()) {
        const url = `http://127.0.0.1:${ports[index + 1]}`;
        expect(run.output()).toMatch(
          new RegExp(`${service} +${url} +${url}/docs +postgres://cchc_${service}:\\*\\*\\*@`),
        );
        expect((await fetch(`${url}/health/ready`)).status).toBe(200);
        const document = (await (await fetch(`${url}/docs/json`)).json()) as { openapi: string };
        expect(document.openapi).toBe('3.1.0');
      }
      expect(run.output()).toMatch(/The platform is ready \(\d+\.\d s\)/);
      expect(run.output()).toContain(`Kafka: 127.0.0.1:${ports[5]}`);
      await withSubmissionsDatabase((client) =>
        client.query(`INSERT INTO province (code, name, updated_at) VALUES ('CB', 'Cao Bằng', now())`),
      );
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    for (const port of ports) await ensurePortFree('127.0.0.1', port, 'test', 'none');
  });

  it('keeps the data when started again', async () => {
    const run = runStack(env);
    try {
      await untilReady(run);
      expect(run.output()).not.toContain('Applied');
      const { rows } = await withSubmissionsDatabase((client) => client.query(`SELECT name FROM province`));
      expect(rows).toEqual([{ name: 'Cao Bằng' }]);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  });

  it('refuses to start when a port is taken, naming the port and the variable', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports[2], '127.0.0.1', resolve));
    try {
      const run = runStack(env);
      expect(await run.exited).toBe(1);
      expect(run.output().trim()).toBe(
        `stack: Port ${ports[2]} on 127.0.0.1 (judging service) is already in use: stop what uses it or set JUDGING_PORT to another port.`,
      );
      await ensurePortFree('127.0.0.1', ports[0]!, 'embedded PostgreSQL', 'none');
    } finally {
      blocker.close();
    }
  });

  it('refuses a malformed variable with one line naming it', async () => {
    const run = runStack({ ...env, STACK_POSTGRES_PORT: 'high' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      'stack: Invalid environment variable STACK_POSTGRES_PORT="high": must be integer (Port of the embedded PostgreSQL)',
    );
  });
});
