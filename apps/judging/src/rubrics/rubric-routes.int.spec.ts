import { DEFAULT_CRITERIA } from '@cchc/judging-domain';
import { sampleCouncil } from '@cchc/judging-domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJudging, type JudgingUnderTest } from '../testing/judging-under-test.ts';
import { announceContest, contestState } from '../testing/submissions-events.ts';

const CONTEST = '7d2e4c1a-8b3f-4e6d-9a0c-1f2e3d4c5b01';
const rubricUrl = (round: number, province = 'HG') =>
  `/provinces/${province}/contests/${CONTEST}/rubrics/${round}`;
const criteria = [
  { key: 'novelty', labelVi: 'Tính mới', labelEn: 'Novelty', maxPoints: 10, weight: 0.4 },
  { key: 'presentation', labelVi: 'Trình bày', labelEn: 'Presentation', maxPoints: 10, weight: 0.6 },
];

describe('rubrics', () => {
  let service: JudgingUnderTest;

  beforeAll(async () => {
    service = await startJudging();
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    await service.addAccount('hg-chair', { roles: ['council-chair'], province: 'HG' });
    await service.addAccount('hg-judge', { roles: ['judge'], province: 'HG' });
    await service.addAccount('hg-author', { roles: ['author'], province: 'HG' });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await announceContest(service, contestState(CONTEST, 'HG', 'draft'));
    const { contestId: _sample, ...council } = sampleCouncil();
    const members = council.members.map((member) =>
      member.role === 'chair' ? { ...member, userId: 'user-hg-chair' } : member,
    );
    await service.as('hg-admin', {
      method: 'PUT',
      url: `/provinces/HG/contests/${CONTEST}/council`,
      payload: { ...council, members },
    });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('gives the default rubric until one is set', async () => {
    const response = await service.as('hg-chair', { method: 'GET', url: rubricUrl(1) });
    expect(response.json()).toEqual({
      contestId: CONTEST,
      round: 1,
      criteria: DEFAULT_CRITERIA,
      isDefault: true,
    });
  });

  it("sets a round's rubric and writes its event", async () => {
    const put = await service.as('hg-admin', { method: 'PUT', url: rubricUrl(2), payload: { criteria } });
    expect(put.statusCode).toBe(200);
    const read = await service.as('hg-chair', { method: 'GET', url: rubricUrl(2) });
    expect(read.json()).toEqual({ contestId: CONTEST, round: 2, criteria, isDefault: false });
    const events = await service.rowsOf(
      `SELECT type, envelope FROM outbox_event WHERE type LIKE 'judging.rubric.%'`,
      'HG',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'judging.rubric.set.v1',
      envelope: { data: { round: 2, criteria } },
    });
  });

  it('refuses a rubric that breaks the rules, each with its code', async () => {
    const response = await service.as('hg-admin', {
      method: 'PUT',
      url: rubricUrl(1),
      payload: {
        criteria: [
          { ...criteria[0], key: 'Tính mới', weight: 0.5 },
          { ...criteria[1], maxPoints: 0, weight: 0.6 },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { code: string }) => error.code)
        .sort(),
    ).toEqual(['rubric.criteria.bad_key', 'rubric.criteria.max_not_positive', 'rubric.weights.sum']);
    expect((await service.as('hg-admin', { method: 'GET', url: rubricUrl(1) })).json().isDefault).toBe(true);
  });

  it('knows only the rounds the contest has', async () => {
    const response = await service.as('hg-admin', { method: 'GET', url: rubricUrl(3) });
    expect(response.statusCode).toBe(400);
  });

  it("lets only admins and the secretary write, only the contest's council read, and no other province", async () => {
    const byChair = await service.as('hg-chair', { method: 'PUT', url: rubricUrl(1), payload: { criteria } });
    expect(byChair.statusCode).toBe(403);
    expect((await service.as('hg-author', { method: 'GET', url: rubricUrl(1) })).statusCode).toBe(403);
    expect((await service.as('hg-judge', { method: 'GET', url: rubricUrl(1) })).statusCode).toBe(403);
    expect((await service.as('cb-admin', { method: 'GET', url: rubricUrl(1) })).statusCode).toBe(403);
    expect((await service.as('cb-admin', { method: 'GET', url: rubricUrl(1, 'CB') })).statusCode).toBe(404);
    expect(await service.rowsOf(`SELECT round FROM rubric`, 'CB', () => true)).toEqual([]);
  });
});
