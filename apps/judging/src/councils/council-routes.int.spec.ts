import { sampleCouncil } from '@cchc/judging-domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJudging, type JudgingUnderTest } from '../testing/judging-under-test.ts';
import { announceContest, contestState } from '../testing/submissions-events.ts';

const PLANNED = '5a1c0b6e-2f0e-4a8e-9b59-3c1f8b0d0a01';
const JUDGING = '5a1c0b6e-2f0e-4a8e-9b59-3c1f8b0d0a02';
const councilUrl = (contestId: string, province = 'CB') =>
  `/provinces/${province}/contests/${contestId}/council`;
const sample = sampleCouncil();
const { contestId: _sample, ...body } = {
  ...sample,
  members: sample.members.map((member) =>
    member.userId === 'u-science' ? { ...member, userId: 'user-cb-judge' } : member,
  ),
};

describe('councils', () => {
  let service: JudgingUnderTest;
  const outboxTypes = async () =>
    (await service.rowsOf(`SELECT type FROM outbox_event ORDER BY created_at, id`, 'CB', () => true)).map(
      (row) => row['type'],
    );

  beforeAll(async () => {
    service = await startJudging();
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-secretary', { roles: ['council-secretary'], province: 'CB' });
    await service.addAccount('cb-judge', { roles: ['judge'], province: 'CB' });
    await service.addAccount('cb-other-judge', { roles: ['judge'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    await announceContest(service, contestState(PLANNED, 'CB', 'draft'));
    await announceContest(service, contestState(JUDGING, 'CB', 'judging'), 'closed');
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('records the council formed by the decision, and writes its event', async () => {
    const put = await service.as('cb-secretary', { method: 'PUT', url: councilUrl(PLANNED), payload: body });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ ...body, contestId: PLANNED });
    const read = await service.as('cb-judge', { method: 'GET', url: councilUrl(PLANNED) });
    expect(read.json()).toEqual({ ...body, contestId: PLANNED });
    expect(await outboxTypes()).toEqual(['judging.council.formed.v1']);
  });

  it('refuses a council that breaks the rules, naming each rule and writing nothing', async () => {
    const members = body.members.map((member) =>
      member.role === 'chair' ? { ...member, role: 'member' } : member,
    );
    const response = await service.as('cb-admin', {
      method: 'PUT',
      url: councilUrl(PLANNED),
      payload: { ...body, members, quorum: 99, decision: { ...body.decision, number: ' ' } },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { code: string }) => error.code)
        .sort(),
    ).toEqual(['council.chair.missing', 'council.quorum.out_of_range', 'required']);
    expect(await outboxTypes()).toEqual(['judging.council.formed.v1']);
  });

  it('changes a member before judging without a reason; once judging started, only with one, kept', async () => {
    const change = { kind: 'set-quorum', quorum: 4 };
    const before = await service.as('cb-admin', {
      method: 'POST',
      url: `${councilUrl(PLANNED)}/changes`,
      payload: { change },
    });
    expect(before.json().quorum).toBe(4);

    await service.as('cb-admin', { method: 'PUT', url: councilUrl(JUDGING), payload: body });
    const replaced = await service.as('cb-admin', { method: 'PUT', url: councilUrl(JUDGING), payload: body });
    expect(replaced.statusCode).toBe(409);
    const unexplained = await service.as('cb-admin', {
      method: 'POST',
      url: `${councilUrl(JUDGING)}/changes`,
      payload: { change: { kind: 'remove', userId: 'u-ict' } },
    });
    expect(unexplained.statusCode).toBe(400);
    expect(unexplained.json().errors[0].code).toBe('council.change.reason_required');
    const explained = await service.as('cb-secretary', {
      method: 'POST',
      url: `${councilUrl(JUDGING)}/changes`,
      payload: { change: { kind: 'remove', userId: 'u-ict' }, reason: 'Ốm dài ngày' },
    });
    expect(explained.statusCode).toBe(200);
    expect(explained.json().members).toHaveLength(body.members.length - 1);
    const history = await service.as('cb-judge', { method: 'GET', url: `${councilUrl(JUDGING)}/changes` });
    expect(history.json()).toEqual([
      {
        change: { kind: 'remove', userId: 'u-ict' },
        reason: 'Ốm dài ngày',
        changedBy: 'user-cb-secretary',
        changedAt: expect.any(String),
      },
    ]);
    expect(await outboxTypes()).toEqual([
      'judging.council.formed.v1',
      'judging.council.changed.v1',
      'judging.council.formed.v1',
      'judging.council.changed.v1',
    ]);
  });

  it("lets the admins and the contest's council read, and only admins and the secretary write", async () => {
    expect((await service.as('cb-author', { method: 'GET', url: councilUrl(PLANNED) })).statusCode).toBe(403);
    const outsider = await service.as('cb-other-judge', { method: 'GET', url: councilUrl(PLANNED) });
    expect(outsider.statusCode).toBe(403);
    const byJudge = await service.as('cb-judge', { method: 'PUT', url: councilUrl(PLANNED), payload: body });
    expect(byJudge.statusCode).toBe(403);
  });

  it('shows another province nothing: 403 on the route, and no rows through row-level security', async () => {
    expect((await service.as('hg-admin', { method: 'GET', url: councilUrl(PLANNED) })).statusCode).toBe(403);
    const own = await service.as('hg-admin', { method: 'GET', url: councilUrl(PLANNED, 'HG') });
    expect(own.statusCode).toBe(404);
    expect(await service.rowsOf(`SELECT contest_id FROM council`, 'HG', () => true)).toEqual([]);
  });
});
