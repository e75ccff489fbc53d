import { sampleContest, sampleEntryContent } from '@cchc/submissions-domain/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputOf } from '../contests/contest-records.ts';
import { openContest } from '../testing/open-contest.ts';
import { startSubmissions, type SubmissionsUnderTest } from '../testing/submissions-under-test.ts';

describe('mergers of provinces and units', () => {
  let service: SubmissionsUnderTest;
  let hgContestId: string;

  const outboxTypes = async () => {
    const client = new pg.Client({ connectionString: service.database.url });
    await client.connect();
    try {
      return (await client.query<{ type: string }>('SELECT type FROM outbox_event ORDER BY id')).rows.map(
        (row) => row.type,
      );
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('cb-vp-coordinator', {
      roles: ['unit-coordinator'],
      province: 'CB',
      unit: 'VP',
    });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    await service.addAccount('tq-admin', { roles: ['province-admin'], province: 'TQ' });
    await openContest(service, { quota: { minEntriesPerUnit: 1 } });
    await service.as('platform', {
      method: 'POST',
      url: '/provinces',
      payload: { code: 'TQ', name: 'Tuyên Quang' },
    });
    const contest = await service.as('hg-admin', {
      method: 'POST',
      url: '/provinces/HG/contests',
      payload: inputOf(sampleContest({ provinceCode: 'HG' })),
    });
    expect(contest.statusCode, contest.body).toBe(201);
    hgContestId = contest.json().id;
  });
  afterAll(() => service?.stop());

  it('lets only a platform admin merge a province, into another active one', async () => {
    const merge = (account: string, into: string) =>
      service.as(account, {
        method: 'POST',
        url: '/provinces/HG/merge',
        payload: { into, on: '2025-07-01' },
      });
    expect((await merge('hg-admin', 'TQ')).statusCode).toBe(403);
    expect((await merge('platform', 'HG')).statusCode).toBe(400);
    expect((await merge('platform', 'XX')).json().detail).toContain('into names no province');
    const merged = await merge('platform', 'TQ');
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ code: 'HG', status: 'merged', mergedInto: 'TQ' });
    expect((await merge('platform', 'TQ')).statusCode).toBe(409);
    expect(await outboxTypes()).toContain('submissions.province.merged.v1');
  });

  it("keeps a merged province read-only, its contests readable by the successor's users and no one else's", async () => {
    const write = await service.as('hg-admin', {
      method: 'POST',
      url: '/provinces/HG/contests',
      payload: inputOf(sampleContest({ provinceCode: 'HG' })),
    });
    expect(write.statusCode).toBe(409);
    expect(write.json().detail).toBe('Province HG was merged into TQ on 2025-07-01 and is read-only');
    const bySuccessor = await service.as('tq-admin', { method: 'GET', url: '/provinces/HG/contests' });
    expect(bySuccessor.statusCode).toBe(200);
    expect(bySuccessor.json().map((contest: { id: string }) => contest.id)).toEqual([hgContestId]);
    const successorWrites = await service.as('tq-admin', {
      method: 'PATCH',
      url: `/provinces/HG/contests/${hgContestId}`,
      payload: { title: 'Đổi tên' },
    });
    expect(successorWrites.statusCode).toBe(403);
    expect((await service.as('cb-admin', { method: 'GET', url: '/provinces/HG/contests' })).statusCode).toBe(
      403,
    );
  });

  it('answers the lineage both ways', async () => {
    const successor = await service.as('cb-admin', { method: 'GET', url: '/provinces/TQ/lineage' });
    expect(successor.json()).toEqual({
      predecessors: [{ key: 'HG', name: 'Hà Giang', mergedOn: '2025-07-01' }],
      successors: [],
    });
    const predecessor = await service.as('cb-admin', { method: 'GET', url: '/provinces/HG/lineage' });
    expect(predecessor.json()).toEqual({
      predecessors: [],
      successors: [{ key: 'TQ', name: 'Tuyên Quang', mergedOn: null }],
    });
  });

  it("merges a unit: read-only, its units move under the successor, whose coordinator sees the merged unit's entries", async () => {
    const units = (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/units' })).json();
    const snv = units.find((unit: { code: string }) => unit.code === 'SNV');
    const add = async (code: string, name: string, parentId?: string) =>
      (
        await service.as('cb-admin', {
          method: 'POST',
          url: '/provinces/CB/units',
          payload: { code, name, kind: 'office', ...(parentId ? { parentId } : {}) },
        })
      ).json();
    const office = await add('VP', 'Văn phòng UBND tỉnh');
    const child = await add('SNV-TCBC', 'Phòng Tổ chức biên chế', snv.id);
    const contests = (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/contests' })).json();
    const entry = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/contests/${contests[0].id}/entries`,
      payload: { unitId: snv.id, content: sampleEntryContent({ firstAppliedOn: '2022-05-01' }) },
    });
    const submitted = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/entries/${entry.json().id}/submit`,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const before = await service.as('cb-vp-coordinator', { method: 'GET', url: '/provinces/CB/entries' });
    expect(before.json().items).toEqual([]);

    const merged = await service.as('cb-admin', {
      method: 'POST',
      url: `/provinces/CB/units/${snv.id}/merge`,
      payload: { into: office.id, on: '2025-07-01' },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().status).toBe('merged');

    const after = await service.as('cb-vp-coordinator', { method: 'GET', url: '/provinces/CB/entries' });
    expect(after.json().items.map((item: { id: string }) => item.id)).toEqual([entry.json().id]);
    const tree = (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/units' })).json();
    expect(tree.find((unit: { id: string }) => unit.id === child.id).parentId).toBe(office.id);
    const quota = await service.as('cb-admin', {
      method: 'GET',
      url: `/provinces/CB/contests/${contests[0].id}/quota`,
    });
    expect(
      quota.json().map((row: { unitCode: string; counted: number }) => [row.unitCode, row.counted]),
    ).toEqual([
      ['SNV-TCBC', 0],
      ['VP', 1],
    ]);
    const rename = await service.as('cb-admin', {
      method: 'PATCH',
      url: `/provinces/CB/units/${snv.id}`,
      payload: { name: 'Sở Nội vụ mới' },
    });
    expect(rename.statusCode).toBe(409);
    const lineage = await service.as('cb-admin', {
      method: 'GET',
      url: `/provinces/CB/units/${office.id}/lineage`,
    });
    expect(lineage.json().predecessors).toEqual([{ key: snv.id, name: 'Sở Nội vụ', mergedOn: '2025-07-01' }]);
    expect(await outboxTypes()).toEqual(
      expect.arrayContaining(['submissions.unit.merged.v1', 'submissions.unit.moved.v1']),
    );
  });

  it('refuses a unit merge into itself, into another province’s unit, or by an author', async () => {
    const units = (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/units' })).json();
    const office = units.find((unit: { code: string }) => unit.code === 'VP');
    const merge = (account: string, into: string) =>
      service.as(account, {
        method: 'POST',
        url: `/provinces/CB/units/${office.id}/merge`,
        payload: { into, on: '2025-07-01' },
      });
    expect((await merge('cb-admin', office.id)).statusCode).toBe(400);
    expect((await merge('cb-admin', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(400);
    expect((await merge('cb-author', office.id)).statusCode).toBe(403);
  });
});
