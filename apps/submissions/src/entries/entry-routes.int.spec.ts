import { sampleEntryContent } from '@cchc/submissions-domain/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContest } from '../testing/open-contest.ts';
import { startSubmissions, type SubmissionsUnderTest } from '../testing/submissions-under-test.ts';

describe('entries', () => {
  let service: SubmissionsUnderTest;
  let contestId: string;
  let entryId: string;
  let unitId: string;
  const content = () =>
    sampleEntryContent({ fieldKey: 'administrative-procedure-reform', firstAppliedOn: '2022-05-01' });

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('cb-late', { roles: ['author'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    ({ contestId, unitId } = await openContest(service));
  });
  afterAll(() => service?.stop());

  it('starts one entry for a request sent twice with the same Idempotency-Key', async () => {
    const start = () =>
      service.as('cb-author', {
        method: 'POST',
        url: `/provinces/CB/contests/${contestId}/entries`,
        headers: { 'idempotency-key': 'draft-1' },
        payload: { unitId, content: { title: 'Một cửa điện tử', entrantKind: 'individual' } },
      });
    const first = await start();
    expect(first.statusCode, first.body).toBe(201);
    const again = await start();
    expect(again.json().id).toBe(first.json().id);
    entryId = first.json().id;
    const mine = await service.as('cb-author', { method: 'GET', url: '/provinces/CB/entries?mine=true' });
    expect(mine.json().items).toHaveLength(1);
    const reused = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/entries`,
      headers: { 'idempotency-key': 'draft-1' },
      payload: { content: { title: 'Khác' } },
    });
    expect(reused.statusCode).toBe(422);
  });

  it('keeps every saved change as a version', async () => {
    const saved = await service.as('cb-author', {
      method: 'PATCH',
      url: `/provinces/CB/entries/${entryId}`,
      payload: { content: content() },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const versions = await service.as('cb-author', {
      method: 'GET',
      url: `/provinces/CB/entries/${entryId}/versions`,
    });
    expect(versions.json()).toHaveLength(1);
    expect(versions.json()[0]).toMatchObject({ changedBy: 'user-cb-author' });
    expect(versions.json()[0].changes.map((change: { path: string }) => change.path)).toContain('title');
  });

  it('refuses a submit whose application breaks a rule, naming the field', async () => {
    const broken = {
      ...content(),
      authors: content().authors.map((author) => ({ ...author, contributionPercent: 10 })),
    };
    await service.as('cb-late', {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/entries`,
      payload: { unitId, content: broken },
    });
    const [draft] = (
      await service.as('cb-late', { method: 'GET', url: '/provinces/CB/entries?mine=true' })
    ).json().items;
    const response = await service.as('cb-late', {
      method: 'POST',
      url: `/provinces/CB/entries/${draft.id}/submit`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'entry.authors.contribution_sum' })]),
    );
  });

  it('submits inside the window and lets the province admin screen it, with the events written', async () => {
    const submitted = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/entries/${entryId}/submit`,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedAt: '2022-08-20T03:00:00.000Z' });
    const screened = await service.as('cb-admin', {
      method: 'POST',
      url: `/provinces/CB/entries/${entryId}/screening`,
      payload: { eligible: true },
    });
    expect(screened.json().status).toBe('eligible');
    const client = new pg.Client({ connectionString: service.database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT type FROM outbox_event WHERE key = $1 ORDER BY id`, [
        entryId,
      ]);
      expect(rows.map((row) => row.type)).toEqual([
        'submissions.entry.submitted.v1',
        'submissions.entry.screened.v1',
      ]);
    } finally {
      await client.end();
    }
  });

  it('refuses a submit after the deadline with 409 naming it, by the server clock', async () => {
    const [draft] = (
      await service.as('cb-late', { method: 'GET', url: '/provinces/CB/entries?mine=true' })
    ).json().items;
    await service.as('cb-late', {
      method: 'PATCH',
      url: `/provinces/CB/entries/${draft.id}`,
      payload: { content: content() },
    });
    service.clock.now = new Date('2022-09-15T17:00:00.000Z');
    const late = await service.as('cb-late', {
      method: 'POST',
      url: `/provinces/CB/entries/${draft.id}/submit`,
    });
    expect(late.statusCode).toBe(409);
    // The window ends at midnight, shown as the end of the 15th in Viet Nam's time.
    expect(late.json().detail).toContain('24:00 on 15/09/2022');
    service.clock.now = new Date('2022-08-20T03:00:00Z');
  });

  it("shows nothing of a province's entries to another province, nor one author's entry to another", async () => {
    expect(
      (await service.as('hg-admin', { method: 'GET', url: `/provinces/CB/entries/${entryId}` })).statusCode,
    ).toBe(403);
    expect(
      (await service.as('hg-admin', { method: 'GET', url: `/provinces/HG/entries/${entryId}` })).statusCode,
    ).toBe(404);
    expect(
      (await service.as('cb-late', { method: 'GET', url: `/provinces/CB/entries/${entryId}` })).statusCode,
    ).toBe(404);
    const all = await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/entries' });
    expect(all.json().items).toHaveLength(2);
  });

  it('finds entries by words and by author, with or without diacritics, never by a confidential section', async () => {
    await service.addAccount('cb-searcher', { roles: ['author'], province: 'CB' });
    const draft = await service.as('cb-searcher', {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/entries`,
      payload: {
        unitId,
        content: {
          ...content(),
          title: 'Số hóa hồ sơ đất đai',
          authors: [{ ...content().authors[0]!, name: 'Đặng Thị Hoa', contributionPercent: 100 }],
          conditionsToApply: 'Máy quét chuyên dụng',
          confidentialSections: ['conditionsToApply'],
        },
      },
    });
    const found = async (query: string) =>
      (await service.as('cb-admin', { method: 'GET', url: `/provinces/CB/entries?${query}` }))
        .json()
        .items.map((item: { id: string }) => item.id);
    for (const query of ['q=so%20hoa%20dat%20dai', 'q=S%E1%BB%91%20h%C3%B3a', 'author=dang%20thi%20hoa']) {
      expect(await found(query)).toEqual([draft.json().id]);
    }
    expect(await found('q=may%20quet')).toEqual([]);
    expect(await found('author=B%C3%ACnh')).not.toContain(draft.json().id);
  });

  it('shows the author their whole entry, and an analyst only what may be published', async () => {
    await service.addAccount('cb-analyst', { roles: ['analyst'], province: 'CB' });
    const read = async (account: string) =>
      (await service.as(account, { method: 'GET', url: `/provinces/CB/entries/${entryId}` })).json().content;
    const own = await read('cb-author');
    expect(own.conditionsToApply).toBe(content().conditionsToApply);
    expect(own.authors[0].dateOfBirth).toBe(content().authors[0]!.dateOfBirth);
    const published = await read('cb-analyst');
    expect(published.conditionsToApply).toBeUndefined();
    expect(published.withheldSections).toEqual(['conditionsToApply']);
    expect(published.authors[0].dateOfBirth).toBeUndefined();
  });
});
