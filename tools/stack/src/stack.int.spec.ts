import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { COUNCIL_ROLES, createUserDirectory } from '@cchc/auth';
import { eventDefinition, unitCreated } from '@cchc/contracts';
import { freePort } from '@cchc/db';
import { DEMO_PASSWORD, loginAs } from '@cchc/dev-idp/testing';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortFree } from './ports.ts';
import { launchChromium, samplePdf, screenshotsIn, signIn } from './portal-browser.ts';
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
      expect(run.output()).toMatch(/cb-judge-2 +judge +CB/);
      // The judging service's way to the council candidates: its client secret, the admin API on the one origin.
      const clientSecrets = JSON.parse(
        await readFile(path.join(dataDir, 'idp', 'client-secrets.json'), 'utf8'),
      ) as Record<string, string>;
      const directory = createUserDirectory({
        issuer: issuer(),
        clientId: 'judging',
        clientSecret: clientSecrets['judging']!,
      });
      expect((await directory.usersWithRoles(COUNCIL_ROLES, 'CB')).map((user) => user.username)).toEqual([
        'cb-council-chair',
        'cb-council-secretary',
        'cb-judge',
        'cb-judge-2',
      ]);
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
    const browser = await launchChromium();
    const shot = await screenshotsIn(screenshots);
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

      // A file with a bad line is refused as a whole, naming the line; the corrected file is checked, then imported.
      const unitList = (...lines: string[]) => ({
        name: 'don-vi.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha', ...lines].join('\n')),
      });
      await page
        .getByTestId('import-file')
        .setInputFiles(unitList('STC,Sở Tài chính,sở,', 'STC-NS,Phòng Ngân sách,tỉnh,STC'));
      await page.getByTestId('import-check').click();
      const badLine = page.getByTestId('import-report-line');
      await expect.poll(() => badLine.getAttribute('data-line'), { timeout: 20_000 }).toBe('3');
      expect(await badLine.textContent()).toContain('Dòng 3');
      expect(await badLine.getByTestId('import-problem').getAttribute('data-column')).toBe('kind');
      expect(await page.getByTestId('import-nothing').isVisible()).toBe(true);
      await shot(page, '2a-import-refused');
      await page
        .getByTestId('import-file')
        .setInputFiles(unitList('STC,Sở Tài chính,sở,', 'STC-NS,Phòng Ngân sách,văn phòng,STC'));
      await page.getByTestId('import-check').click();
      await expect.poll(() => page.getByTestId('import-preview-row').count(), { timeout: 20_000 }).toBe(2);
      await page.getByTestId('import-submit').click();
      await expect
        .poll(() => page.getByTestId('import-done').getAttribute('data-imported'), { timeout: 20_000 })
        .toBe('2');
      const imported = page.locator('[data-testid="unit-row"][data-unit-code="STC-NS"]');
      await expect.poll(() => imported.getAttribute('data-level'), { timeout: 20_000 }).toBe('2');
      await shot(page, '2b-imported');

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

  it('runs a contest in the browser: an author applies with a file before the deadline, the province admin finds the entry eligible, a late submit is refused naming the deadline', async () => {
    const run = runStack(env);
    const browser = await launchChromium();
    const shot = await screenshotsIn(screenshots);
    const formOf = (page: Page) => page.getByTestId('entry-form');
    const startEntry = async (page: Page, contestId: string) => {
      await page.goto(`${gateway()}/entries`);
      await page
        .locator(`[data-testid="open-contest"][data-contest-id="${contestId}"]`)
        .getByTestId('entry-start')
        .click();
      await expect.poll(() => formOf(page).isVisible(), { timeout: 20_000 }).toBe(true);
    };
    /** The server's clock, as the gateway's Date header gives it (whole seconds). */
    const serverNow = async () =>
      Date.parse((await fetch(`${gateway()}/api/submissions/health/live`)).headers.get('date') ?? '');
    try {
      await untilReady(run);
      // cb-author's token names the unit CB-STP; its entries count for that unit's quota.
      await post('cb-province-admin', '/provinces/CB/units', {
        code: 'CB-STP',
        name: 'Sở Tư pháp',
        kind: 'department',
      });
      // The window closes 80 s from now (half a second past a whole one, so never exactly at midnight).
      const closesAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 80_500).toISOString();
      const contest = await post('cb-province-admin', '/provinces/CB/contests', {
        planNumber: '2684/KH-UBND',
        planDate: '2021-09-30',
        issuingBody: 'UBND tỉnh Cao Bằng',
        title: 'Cuộc thi "Sáng kiến, giải pháp về cải cách hành chính" tỉnh Cao Bằng',
        period: { startYear: 2021, endYear: 2021 },
        rules: 'Mỗi cơ quan, đơn vị, địa phương đề xuất ít nhất 01 sáng kiến, giải pháp.',
        quota: { minEntriesPerUnit: 1 },
        submissionWindow: { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt },
      });
      await post('cb-province-admin', `/provinces/CB/contests/${contest.id}/status`, { status: 'open' });
      const shifted = new Date(Date.parse(closesAt) + 7 * 3600_000).toISOString();
      const deadlineInVietnam = `${shifted.slice(11, 16)} ngày ${shifted.slice(8, 10)}/${shifted.slice(5, 7)}/${shifted.slice(0, 4)}`;

      // The author fills in the application in the browser, with a file, and submits it before the deadline.
      const author = await (await browser.newContext()).newPage();
      await author.goto(`${gateway()}/entries`);
      await signIn(author, 'cb-author', DEMO_PASSWORD);
      await startEntry(author, contest.id);
      expect(await author.getByTestId('entry-countdown').textContent()).toContain(deadlineInVietnam);
      await author.getByTestId('entry-title').fill('Trả kết quả thủ tục hành chính qua Zalo cho người dân');
      const authors = author.getByTestId('author-row');
      await authors.nth(0).getByTestId('person-dob').fill('1985-03-12');
      await authors.nth(0).getByTestId('person-workplace').fill('Sở Tư pháp tỉnh Cao Bằng');
      await authors.nth(0).getByTestId('person-title').fill('Chuyên viên');
      await authors.nth(0).getByTestId('person-qualification').fill('Cử nhân Luật');
      await authors.nth(0).getByTestId('person-contribution').fill('60');
      await author.getByTestId('author-add').click();
      await authors.nth(1).getByTestId('person-name').fill('Hoàng Văn Đức');
      await authors.nth(1).getByTestId('person-dob').fill('1990-07-01');
      await authors.nth(1).getByTestId('person-workplace').fill('Sở Tư pháp tỉnh Cao Bằng');
      await authors.nth(1).getByTestId('person-contribution').fill('30');
      const total = author.getByTestId('contribution-total');
      expect(await total.getAttribute('data-state')).toBe('under');
      expect(await total.textContent()).toContain('90%');
      await author.getByTestId('entry-first-applied').fill('2099-01-01');
      expect(await author.locator('[data-code="entry.first_applied.after_submission"]').count()).toBe(1);
      await shot(author, 'contest-1-shares-and-date-checked-live');
      await authors.nth(1).getByTestId('person-contribution').fill('40');
      expect(await total.getAttribute('data-state')).toBe('complete');
      await author.getByTestId('entry-first-applied').fill('2021-06-01');
      expect(await author.locator('[data-code="entry.first_applied.after_submission"]').count()).toBe(0);
      await author.getByTestId('entry-field').selectOption('administrative-procedure-reform');
      await author.getByTestId('entry-solution-type').selectOption('operational');
      await author.getByTestId('entry-format').selectOption('scheme');
      for (const [section, text] of Object.entries({
        currentSituation: 'Người dân phải đến bộ phận một cửa nhiều lần để hỏi tiến độ hồ sơ.',
        solution: 'Nhắn tin tiến độ và hẹn trả kết quả qua tài khoản Zalo chính thức của Sở.',
        novelty: 'Chưa được áp dụng tại tỉnh; không trùng với mô hình đã công khai.',
        applicationScope: 'Bộ phận một cửa các cấp trong tỉnh.',
        conditionsToApply: 'Tài khoản Zalo chính thức và một cán bộ trực.',
        benefits: 'Giảm số lần người dân phải đi lại.',
      })) {
        await author.getByTestId(`entry-${section}`).fill(text);
      }
      await author.getByTestId('confidential-solution').check();
      await author.getByTestId('entry-state-funding-unused').check();
      await author.getByTestId('entry-indices-PAR_INDEX').check();
      await author.getByTestId('entry-save').click();
      await expect.poll(() => author.getByTestId('entry-done').getAttribute('data-outcome')).toBe('saved');

      await author.getByTestId('attachment-input').setInputFiles({
        name: 'de-an-sang-kien.pdf',
        mimeType: 'application/pdf',
        buffer: samplePdf(300_000),
      });
      const progress = author.getByTestId('upload-progress');
      await expect.poll(() => progress.getAttribute('data-done'), { timeout: 20_000 }).toBe('true');
      expect(await progress.getAttribute('value')).toBe('100');
      expect(
        await author
          .getByTestId('attachment-row')
          .evaluateAll((rows) => rows.map((row) => row.dataset['fileName'])),
      ).toEqual(['de-an-sang-kien.pdf']);
      await shot(author, 'contest-2-application-with-file');

      await author.getByTestId('entry-submit').click();
      await expect
        .poll(() => author.getByTestId('entry-status').getAttribute('data-status'))
        .toBe('submitted');
      const submittedId = author.url().split('/').at(-1)!;
      expect(Date.now()).toBeLessThan(Date.parse(closesAt));
      await shot(author, 'contest-3-submitted');

      // A second draft, started while the window is open, to submit once it has closed.
      await startEntry(author, contest.id);
      await author.getByTestId('entry-title').fill('Số hóa hồ sơ một cửa cấp xã');

      // The province admin finds the contest open and the entry eligible, and sees the unit's quota met.
      const admin = await (await browser.newContext()).newPage();
      await admin.goto(`${gateway()}/contests`);
      await signIn(admin, 'cb-province-admin', DEMO_PASSWORD);
      const contestRow = admin.locator(`[data-testid="contest-row"][data-contest-id="${contest.id}"]`);
      await expect.poll(() => contestRow.getAttribute('data-status'), { timeout: 20_000 }).toBe('open');
      await shot(admin, 'contest-4-contests');
      await contestRow.getByTestId('contest-link').click();
      await admin.getByTestId('contest-screening-link').click();
      const screened = admin.locator(`[data-testid="screening-row"][data-entry-id="${submittedId}"]`);
      await expect.poll(() => screened.getAttribute('data-status'), { timeout: 20_000 }).toBe('submitted');
      await screened.getByTestId('screen-eligible').click();
      await expect.poll(() => screened.getAttribute('data-status')).toBe('eligible');
      await shot(admin, 'contest-5-screened-eligible');
      await admin.goBack();
      await admin.getByTestId('contest-quota-link').click();
      const quota = admin.locator('[data-testid="quota-row"][data-unit-code="CB-STP"]');
      await expect.poll(() => quota.getAttribute('data-met'), { timeout: 20_000 }).toBe('true');
      await shot(admin, 'contest-6-quota');

      // Once the server's clock has passed the deadline, the second draft's submit is refused, naming it.
      await expect
        .poll(serverNow, { timeout: 90_000, interval: 500 })
        .toBeGreaterThanOrEqual(Date.parse(closesAt));
      await author.getByTestId('entry-submit').click();
      const refusal = author.getByTestId('entry-action-error');
      await expect.poll(() => refusal.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await refusal.locator('[data-code="submission.deadline_passed"]').textContent()).toContain(
        deadlineInVietnam,
      );
      expect(await author.getByTestId('entry-status').getAttribute('data-status')).toBe('draft');
      await shot(author, 'contest-7-late-submit-refused');
    } finally {
      await browser.close();
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  }, 240_000);

  it('judges a contest in the browser: two judges score their entries, the chair closes the round and finalises, the ranking appears and a score can no longer change', async () => {
    const run = runStack(env);
    const browser = await launchChromium();
    const shot = await screenshotsIn(screenshots);
    const judgingCall = async (username: string, method: string, path: string, body?: unknown) => {
      const response = await call(username, method, `judging/provinces/CB/contests/${path}`, body);
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      return (await response.json()) as unknown[] & Record<string, unknown>;
    };
    try {
      await untilReady(run);
      // Set up through the APIs: a contest whose window closes in 20 s, two entries submitted and found eligible.
      const closesAt = new Date(Date.now() + 20_000).toISOString();
      const contest = await post('cb-province-admin', '/provinces/CB/contests', {
        planNumber: '3001/KH-UBND',
        planDate: '2022-08-01',
        issuingBody: 'UBND tỉnh Cao Bằng',
        title: 'Cuộc thi sáng kiến cải cách hành chính tỉnh Cao Bằng năm 2022',
        period: { startYear: 2022, endYear: 2022 },
        rules: 'Mỗi cơ quan, đơn vị đề xuất ít nhất 01 sáng kiến.',
        submissionWindow: { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt },
      });
      await post('cb-province-admin', `/provinces/CB/contests/${contest.id}/status`, { status: 'open' });
      // The author's token names the unit CB-STP (created by the contest test above).
      const units = (await (
        await call('cb-province-admin', 'GET', 'submissions/provinces/CB/units')
      ).json()) as {
        id: string;
        code: string;
      }[];
      const unitId = units.find((unit) => unit.code === 'CB-STP')!.id;
      const titles = ['Một cửa điện tử liên thông cấp xã', 'Trả kết quả thủ tục hành chính qua bưu điện'];
      const entryIds: string[] = [];
      for (const title of titles) {
        const entry = await post('cb-author', `/provinces/CB/contests/${contest.id}/entries`, {
          unitId,
          content: {
            entrantKind: 'individual',
            authors: [
              {
                name: 'Nguyễn Thị Hương',
                dateOfBirth: '1988-04-12',
                workplace: 'Sở Tư pháp tỉnh Cao Bằng',
                title: 'Chuyên viên',
                qualification: 'Cử nhân Luật',
                contributionPercent: 100,
              },
            ],
            investor: null,
            fieldKey: 'administrative-procedure-reform',
            solutionType: 'operational',
            format: 'scheme',
            title,
            currentSituation: 'Người dân phải đi lại nhiều lần để nộp và nhận hồ sơ.',
            solution: `${title}: quy trình mới, áp dụng tại bộ phận một cửa.`,
            novelty: 'Chưa được áp dụng tại tỉnh.',
            firstAppliedOn: '2022-03-01',
            applicationScope: 'Bộ phận một cửa các cấp.',
            trialParticipants: [],
            conditionsToApply: 'Cán bộ một cửa được tập huấn.',
            benefits: 'Giảm thời gian giải quyết hồ sơ.',
            stateFunding: { used: false },
            targetIndices: ['PAR_INDEX'],
            confidentialSections: [],
          },
        });
        await post('cb-author', `/provinces/CB/entries/${entry.id}/submit`, {});
        entryIds.push(entry.id);
      }
      await expect
        .poll(async () => Date.now(), { timeout: 30_000, interval: 500 })
        .toBeGreaterThan(Date.parse(closesAt) + 1000);
      const moveContest = (status: string) =>
        post('cb-province-admin', `/provinces/CB/contests/${contest.id}/status`, { status });
      await moveContest('closed');
      for (const id of entryIds)
        await post('cb-province-admin', `/provinces/CB/entries/${id}/screening`, { eligible: true });
      await moveContest('judging');

      // The council, from the people the identity provider lists; both entries assigned to the two judges.
      const candidates = (await judgingCall(
        'cb-council-secretary',
        'GET',
        `${contest.id}/council-candidates`,
      )) as { userId: string; username: string; name: string }[];
      const person = (username: string) => candidates.find((candidate) => candidate.username === username)!;
      await expect
        .poll(async () => (await judgingCall('cb-province-admin', 'GET', `${contest.id}/entries`)).length, {
          timeout: 30_000,
          interval: 300,
        })
        .toBe(2);

      // The secretary records the council in the browser (roles follow the people's realm roles) and imports the
      // assignments from a file: both entries to both judges.
      const secretary = await (await browser.newContext()).newPage();
      await secretary.goto(`${gateway()}/judging/${contest.id}/council`);
      await signIn(secretary, 'cb-council-secretary', DEMO_PASSWORD);
      const decisionNumber = secretary.getByTestId('council-decision-number');
      await expect.poll(() => decisionNumber.isVisible(), { timeout: 20_000 }).toBe(true);
      await decisionNumber.fill('1820/QĐ-UBND');
      await secretary.getByTestId('council-decision-date').fill('2022-10-01');
      await secretary.getByTestId('council-decision-signer').fill('Chủ tịch UBND tỉnh Cao Bằng');
      for (const username of ['cb-council-chair', 'cb-council-secretary', 'cb-judge', 'cb-judge-2']) {
        await secretary.getByTestId('council-candidate').selectOption(person(username).userId);
        await secretary.getByTestId('council-candidate-add').click();
      }
      await secretary.getByTestId('council-save').click();
      await expect
        .poll(() => secretary.getByTestId('council-saved').isVisible(), { timeout: 20_000 })
        .toBe(true);
      await shot(secretary, 'judging-0-council');
      const council = (await judgingCall(
        'cb-council-secretary',
        'GET',
        `${contest.id}/council`,
      )) as unknown as {
        members: { userId: string; role: string }[];
        quorum: number;
      };
      expect(council.members.map((member) => member.role)).toEqual([
        'chair',
        'secretary',
        'member',
        'member',
      ]);
      expect(council.quorum).toBe(3);

      await secretary.goto(`${gateway()}/judging/${contest.id}/assignments`);
      const sheet = [
        'entry_id,judge_id',
        ...entryIds.flatMap((id) =>
          ['cb-judge', 'cb-judge-2'].map((judge) => `${id},${person(judge).userId}`),
        ),
      ].join('\n');
      await secretary.getByTestId('assignments-file').setInputFiles({
        name: 'phan-cong.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(sheet),
      });
      await secretary.getByTestId('assignments-import-submit').click();
      await expect
        .poll(() => secretary.getByTestId('assignments-import-progress').getAttribute('data-done'), {
          timeout: 20_000,
        })
        .toBe('true');
      await expect.poll(() => secretary.getByTestId('assignment-row').count(), { timeout: 20_000 }).toBe(2);
      await shot(secretary, 'judging-0-assignments');
      await secretary.context().close();

      // Each judge opens their assigned entries and submits a sheet for each in the browser.
      const points: Record<string, number[][]> = {
        'cb-judge': [
          [18, 12, 27, 16, 13],
          [12, 9, 20, 12, 10],
        ],
        'cb-judge-2': [
          [17, 13, 25, 17, 12],
          [10, 8, 18, 11, 9],
        ],
      };
      const criteria = [
        'Tính mới',
        'Tính sáng tạo',
        'Tính hữu ích, hiệu quả',
        'Khả năng nhân rộng',
        'Tính khả thi',
      ];
      for (const judge of ['cb-judge', 'cb-judge-2']) {
        const page = await (await browser.newContext()).newPage();
        await page.goto(`${gateway()}/judging/${contest.id}/my-entries`);
        await signIn(page, judge, DEMO_PASSWORD);
        for (const [index, title] of titles.entries()) {
          await page.goto(`${gateway()}/judging/${contest.id}/my-entries`);
          await page.getByRole('link', { name: title }).click();
          for (const [criterion, label] of criteria.entries())
            await page.getByLabel(label, { exact: true }).fill(String(points[judge]![index]![criterion]));
          await page.getByLabel('Nhận xét', { exact: true }).fill('Giải pháp thiết thực, dễ nhân rộng.');
          await page.getByRole('button', { name: 'Nộp phiếu' }).click();
          const refused = page.getByText('Chưa lưu được phiếu chấm.');
          await page.getByText('Đã nộp phiếu chấm.').or(refused).first().waitFor({ timeout: 20_000 });
          if (await refused.isVisible()) await shot(page, `judging-1-${judge}-refused`);
          // The services' own account of a refusal, should there be one.
          const logged = run
            .output()
            .split('\n')
            .filter((line) => /"level":(40|50)/.test(line))
            .join('\n');
          expect(await refused.isVisible(), logged).toBe(false);
        }
        await shot(page, `judging-1-${judge}-submitted`);
        await page.context().close();
      }

      // The chair closes the round, sees its ranking, and finalises.
      const chair = await (await browser.newContext()).newPage();
      await chair.goto(`${gateway()}/judging/${contest.id}/rounds`);
      await signIn(chair, 'cb-council-chair', DEMO_PASSWORD);
      await chair.getByRole('button', { name: 'Kết thúc vòng chấm' }).click();
      const roundTable = chair.getByRole('table', { name: 'Kết quả vòng 1' });
      await expect.poll(() => roundTable.isVisible(), { timeout: 20_000 }).toBe(true);
      await shot(chair, 'judging-2-round-closed');
      await chair.getByRole('link', { name: 'Kết quả chung cuộc' }).click();
      await chair.getByRole('button', { name: 'Chốt kết quả', exact: true }).click();
      await chair.getByRole('button', { name: 'Xác nhận chốt kết quả' }).click();
      await expect.poll(() => chair.getByText('Đã chốt kết quả').isVisible(), { timeout: 20_000 }).toBe(true);
      const ranking = chair.getByRole('table', { name: 'Bảng xếp hạng chung cuộc' });
      await expect
        .poll(
          async () =>
            (await ranking.locator('tbody tr').allTextContents()).map((row) =>
              row.replace(/\s+/g, ' ').trim(),
            ),
          {
            timeout: 20_000,
          },
        )
        .toEqual([expect.stringContaining(titles[0]!), expect.stringContaining(titles[1]!)]);
      expect(await ranking.locator('tbody tr').first().textContent()).toContain('85,00');
      await shot(chair, 'judging-3-finalised-ranking');

      // A judge can no longer change a score: the sheet is read-only and the service refuses a change.
      const judge = await (await browser.newContext()).newPage();
      await judge.goto(`${gateway()}/judging/${contest.id}/rounds/1/entries/${entryIds[0]}`);
      await signIn(judge, 'cb-judge', DEMO_PASSWORD);
      const novelty = judge.getByLabel('Tính mới', { exact: true });
      await expect.poll(() => novelty.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await novelty.isEditable()).toBe(false);
      await shot(judge, 'judging-4-sheet-read-only');
      const change = await call(
        'cb-judge',
        'PUT',
        `judging/provinces/CB/contests/${contest.id}/rounds/1/entries/${entryIds[0]}/score`,
        {
          points: {
            novelty: 20,
            creativity: 12,
            'usefulness-effectiveness': 27,
            replicability: 16,
            feasibility: 13,
          },
          comment: 'Sửa điểm',
          state: 'submitted',
        },
      );
      expect(change.status).toBe(409);
      expect(((await change.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
        'results.finalised',
      );
    } finally {
      await browser.close();
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  }, 300_000);

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
