import { contestStatusChanged, resultsFinalized } from '@cchc/contracts';
import { sampleContest } from '@cchc/submissions-domain/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputOf } from './contest-records.ts';
import { startSubmissions, type SubmissionsUnderTest } from '../testing/submissions-under-test.ts';

const definition = () => {
  const { submissionWindow: _window, ...rest } = inputOf(sampleContest({ provinceCode: 'CB' }));
  return {
    ...rest,
    submissionWindow: { opensAt: '2022-08-16T00:00:00+07:00', closesAt: '2022-09-16T00:00:00+07:00' },
    quota: { minEntriesPerUnit: 1 },
  };
};

describe('contests', () => {
  let service: SubmissionsUnderTest;
  let contestId: string;

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    for (const [code, name] of [
      ['CB', 'Cao Bằng'],
      ['HG', 'Hà Giang'],
    ]) {
      await service.as('platform', { method: 'POST', url: '/provinces', payload: { code, name } });
    }
    for (const unit of ['SNV', 'STC']) {
      await service.as('cb-admin', {
        method: 'POST',
        url: '/provinces/CB/units',
        payload: { code: unit, name: `Sở ${unit}`, kind: 'department' },
      });
    }
    service.clock.now = new Date('2022-08-10T00:00:00Z');
  });
  afterAll(() => service?.stop());

  it('lets a province admin create a draft contest, with the defaults filled in and the window in UTC', async () => {
    const response = await service.as('cb-admin', {
      method: 'POST',
      url: '/provinces/CB/contests',
      payload: definition(),
    });
    expect(response.statusCode, response.body).toBe(201);
    const contest = response.json();
    contestId = contest.id;
    expect(contest).toMatchObject({
      provinceCode: 'CB',
      status: 'draft',
      submissionWindow: { opensAt: '2022-08-15T17:00:00.000Z', closesAt: '2022-09-15T17:00:00.000Z' },
    });
    expect(contest.fields.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses a definition that breaks a rule, naming the field and the rule', async () => {
    const payload = {
      ...definition(),
      submissionWindow: { opensAt: '2022-09-16T00:00:00+07:00', closesAt: '2022-08-16T00:00:00+07:00' },
    };
    const response = await service.as('cb-admin', { method: 'POST', url: '/provinces/CB/contests', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'submissionWindow.closesAt',
          code: 'contest.window.closes_before_opens',
        }),
      ]),
    );
  });

  it('keeps authors and other provinces out of the organiser routes', async () => {
    expect(
      (
        await service.as('cb-author', {
          method: 'POST',
          url: '/provinces/CB/contests',
          payload: definition(),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await service.as('hg-admin', { method: 'GET', url: `/provinces/CB/contests/${contestId}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await service.as('hg-admin', { method: 'GET', url: `/provinces/HG/contests/${contestId}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await service.as('cb-author', { method: 'GET', url: '/provinces/CB/contests' })).json(),
    ).toHaveLength(1);
  });

  it('moves a contest only by valid transitions, answering 409 otherwise', async () => {
    const move = (status: string) =>
      service.as('cb-admin', {
        method: 'POST',
        url: `/provinces/CB/contests/${contestId}/status`,
        payload: { status },
      });
    const judging = await move('judging');
    expect(judging.statusCode).toBe(409);
    expect(judging.json().errors[0].code).toBe('contest.transition.invalid');
    expect((await move('open')).json().status).toBe('open');
  });

  it('allows only the edits its status allows', async () => {
    const patch = (payload: object) =>
      service.as('cb-admin', { method: 'PATCH', url: `/provinces/CB/contests/${contestId}`, payload });
    expect((await patch({ title: 'Tên khác' })).statusCode).toBe(409);
    const extended = await patch({
      submissionWindow: { opensAt: '2022-08-16T00:00:00+07:00', closesAt: '2022-09-30T00:00:00+07:00' },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().submissionWindow.closesAt).toBe('2022-09-29T17:00:00.000Z');
  });

  it("copies a contest into next year's draft", async () => {
    const response = await service.as('cb-admin', {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/copy`,
      payload: { startYear: 2023 },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'draft',
      period: { startYear: 2023 },
      submissionWindow: { opensAt: '2023-08-15T17:00:00.000Z' },
    });
  });

  it('shows which units have not met the quota', async () => {
    const response = await service.as('cb-admin', {
      method: 'GET',
      url: `/provinces/CB/contests/${contestId}/quota`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(
      response
        .json()
        .map((standing: { unitCode: string; missing: number }) => [standing.unitCode, standing.missing]),
    ).toEqual([
      ['SNV', 1],
      ['STC', 1],
    ]);
  });
  it("moves the contest to finalized when judging's chair finalises its results, once", async () => {
    service.clock.now = new Date('2022-10-01T00:00:00Z');
    const move = (status: string) =>
      service.as('cb-admin', {
        method: 'POST',
        url: `/provinces/CB/contests/${contestId}/status`,
        payload: { status },
      });
    expect((await move('closed')).statusCode).toBe(200);
    expect((await move('judging')).statusCode).toBe(200);
    const finalised = {
      contestId,
      provinceCode: 'CB',
      finalizedAt: '2022-11-01T03:00:00.000Z',
      finalizedBy: 'user-chair',
      roundWeights: null,
      results: [],
    };
    const statusNow = async () =>
      (await service.as('cb-admin', { method: 'GET', url: `/provinces/CB/contests/${contestId}` })).json()
        .status;
    const finalisedEvents = async () => {
      const client = new pg.Client({ connectionString: service.database.url });
      await client.connect();
      try {
        await client.query(`SELECT set_config('cchc.province', 'CB', false)`);
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND envelope->'data'->>'previousStatus' = 'judging'`,
          [contestStatusChanged.type],
        );
        return rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    await service.publish(resultsFinalized, finalised, 'CB');
    await expect.poll(statusNow, { timeout: 20_000, interval: 100 }).toBe('finalized');
    await service.publish(resultsFinalized, finalised, 'CB');
    await service.publish(
      resultsFinalized,
      { ...finalised, contestId: '00000000-0000-4000-8000-000000000000' },
      'CB',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await statusNow()).toBe('finalized');
    expect(await finalisedEvents()).toBe(1);
  });
});
