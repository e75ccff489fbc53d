import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventDefinition, unitCreated } from '@cchc/contracts';
import { freePort } from '@cchc/db';
import { DEMO_PASSWORD, loginAs } from '@cchc/dev-idp/testing';
import pg from 'pg';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortFree } from './ports.ts';
import { serviceNames } from './stack-config.ts';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Kept after the run: what the browser showed at each step. */
const screenshots = fileURLToPath(new URL('../test-output/portal', import.meta.url));

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

  const withDatabase = async <T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const secrets = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'));
    const client = new pg.Client({
      host: '127.0.0.1',
      port: Number(env['STACK_POSTGRES_PORT']),
      user: 'postgres',
      password: secrets.postgresPassword,
      database,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  /** The one origin of the portal, the identity provider and the APIs. */
  const gateway = () => `http://localhost:${ports[6]}`;
  const issuer = () => `${gateway()}/realms/cchc`;
  const tokenOf = async (username: string) => (await loginAs(issuer(), username)).tokens.access_token;
  const call = async (username: string, method: string, path: string, body?: unknown) =>
    fetch(`${gateway()}/api/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenOf(username)}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const post = async (username: string, path: string, body: unknown) => {
    const response = await call(username, 'POST', `submissions${path}`, body);
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as { id: string };
  };
  const provinceReport = async () =>
    (await (await call('platform-admin', 'GET', 'reporting/reports/provinces')).json()) as {
      code: string;
      activeUnits: number;
    }[];

  /** Through submissions' API behind the gateway; the events reach reporting and judging through Kafka. */
  const registerProvincesWithUnits = async () => {
    await post('platform-admin', '/provinces', { code: 'CB', name: 'Cao Bằng' });
    await post('platform-admin', '/provinces', { code: 'HG', name: 'Hà Giang' });
    const department = await post('cb-province-admin', '/provinces/CB/units', {
      code: 'SNV',
      name: 'Sở Nội vụ',
      kind: 'department',
    });
    await post('cb-province-admin', '/provinces/CB/units', {
      code: 'CCHC',
      name: 'Phòng CCHC',
      kind: 'office',
      parentId: department.id,
    });
    const commune = await post('cb-province-admin', '/provinces/CB/units', {
      code: 'XA1',
      name: 'UBND xã Hưng Đạo',
      kind: 'commune',
    });
    await post('cb-province-admin', `/provinces/CB/units/${commune.id}/deactivate`, {});
    const intruder = await call('hg-province-admin', 'GET', 'submissions/provinces/CB/units');
    expect(intruder.status).toBe(403);
    expect((await call('hg-province-admin', 'GET', 'submissions/provinces/HG/units')).status).toBe(200);
    expect((await fetch(`${gateway()}/api/submissions/provinces/CB/units`)).status).toBe(401);
    await expect.poll(provinceReport, { timeout: 30_000, interval: 200 }).toEqual([
      { code: 'CB', name: 'Cao Bằng', active: true, activeUnits: 2 },
      { code: 'HG', name: 'Hà Giang', active: true, activeUnits: 0 },
    ]);
    for (const database of ['cchc_judging', 'cchc_rewards']) {
      await expect
        .poll(
          async () =>
            (
              await withDatabase(database, (client) =>
                client.query(`SELECT name, active FROM unit ORDER BY name`),
              )
            ).rows,
          { timeout: 30_000, interval: 200 },
        )
        .toEqual([
          { name: 'Phòng CCHC', active: true },
          { name: 'Sở Nội vụ', active: true },
          { name: 'UBND xã Hưng Đạo', active: false },
        ]);
    }
  };

  beforeAll(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'cchc-stack-'));
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'data');
    ports = await Promise.all(Array.from({ length: 8 }, () => freePort()));
    env = {
      STACK_DATA_DIR: dataDir,
      STACK_POSTGRES_PORT: String(ports[0]),
      SUBMISSIONS_PORT: String(ports[1]),
      JUDGING_PORT: String(ports[2]),
      REWARDS_PORT: String(ports[3]),
      REPORTING_PORT: String(ports[4]),
      STACK_KAFKA_PORT: String(ports[5]),
      STACK_PORT: String(ports[6]),
      DEV_IDP_PORT: String(ports[7]),
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
      expect(run.output()).toContain(`Portal: ${gateway()}/`);
      expect(run.output()).toMatch(/cb-province-admin +province-admin +CB/);
      await registerProvincesWithUnits();
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    for (const port of ports) await ensurePortFree('127.0.0.1', port, 'test', 'none');
  });

  it('keeps the data when started again, and outside consumers can read the events', async () => {
    const run = runStack(env);
    try {
      await untilReady(run);
      expect(run.output()).not.toContain('Applied');
      const { rows } = await withDatabase('cchc_submissions', (client) =>
        client.query(`SELECT name FROM province ORDER BY code`),
      );
      expect(rows).toEqual([{ name: 'Cao Bằng' }, { name: 'Hà Giang' }]);
      expect(await provinceReport()).toEqual([
        { code: 'CB', name: 'Cao Bằng', active: true, activeUnits: 2 },
        { code: 'HG', name: 'Hà Giang', active: true, activeUnits: 0 },
      ]);

      // What an analytics team does: read the topic with kcat and check each event against the published schema.
      const { stdout } = await promisify(execFile)('kcat', [
        '-b',
        `127.0.0.1:${ports[5]}`,
        '-C',
        '-t',
        unitCreated.topic,
        '-o',
        'beginning',
        '-e',
        '-q',
        '-f',
        '%s\\n',
      ]);
      const events = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; tenant: string });
      expect(events.map((event) => event.type).sort()).toEqual([
        'submissions.unit.created.v1',
        'submissions.unit.created.v1',
        'submissions.unit.created.v1',
        'submissions.unit.deactivated.v1',
      ]);
      for (const event of events) expect(eventDefinition(event.type)!.check(event)).toEqual([]);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  });

  it('signs users in to the portal in a real browser and shows each only their own province', async () => {
    const run = runStack(env);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await mkdir(screenshots, { recursive: true });
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    const signIn = async (page: Page, username: string, password: string) => {
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(password);
      await page.locator('button[type=submit]').click();
    };
    try {
      await untilReady(run);
      const page = await browser.newPage();
      await page.goto(`${gateway()}/units`);
      await expect.poll(() => page.locator('#username').isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');

      await signIn(page, 'cb-province-admin', 'not the password');
      await expect.poll(() => page.locator('#login-error').isVisible(), { timeout: 10_000 }).toBe(true);
      expect(page.url()).toContain('/realms/cchc/');
      await shot(page, '1-wrong-password');

      await signIn(page, 'cb-province-admin', DEMO_PASSWORD);
      const rows = page.getByTestId('unit-row');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(3);
      expect(
        await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-unit-code'))),
      ).toEqual(['SNV', 'CCHC', 'XA1']);
      expect(await page.getByTestId('user-province').getAttribute('data-province')).toBe('CB');
      await shot(page, '2-cb-units');

      await page.getByTestId('logout-button').click();
      await expect.poll(() => page.locator('#username').isVisible(), { timeout: 20_000 }).toBe(true);
      await shot(page, '3-signed-out');
      await page.goto(`${gateway()}/units`);
      await expect.poll(() => page.locator('#username').isVisible(), { timeout: 20_000 }).toBe(true);

      await signIn(page, 'hg-province-admin', DEMO_PASSWORD);
      await expect.poll(() => page.getByTestId('units-empty').isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await page.getByTestId('user-province').getAttribute('data-province')).toBe('HG');
      expect(await page.getByText('Sở Nội vụ').count()).toBe(0);
      await shot(page, '4-hg-sees-no-cb-units');
    } finally {
      await browser.close();
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
