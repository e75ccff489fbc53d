import { sampleContest, sampleEntryContent } from '@cchc/submissions-domain/testing';
import { fold } from '@cchc/submissions-novelty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputOf } from '../contests/contest-records.ts';
import { openContest } from '../testing/open-contest.ts';
import { startSubmissions, type SubmissionsUnderTest } from '../testing/submissions-under-test.ts';

/** The sample application typed without diacritics, as some keyboards and copies arrive. */
const withoutDiacritics = () => {
  const content = sampleEntryContent({ firstAppliedOn: '2022-05-01' });
  return {
    ...content,
    title: fold(content.title),
    currentSituation: fold(content.currentSituation),
    solution: fold(content.solution),
    benefits: fold(content.benefits),
  };
};

const unrelated = () => ({
  ...sampleEntryContent({ firstAppliedOn: '2022-05-01' }),
  title: 'Sổ tay điện tử hướng dẫn nghiệp vụ văn thư lưu trữ',
  currentSituation: 'Cán bộ văn thư mới thường lúng túng khi lập hồ sơ lưu trữ và phân loại văn bản đến.',
  solution:
    'Biên soạn sổ tay điện tử với mẫu biểu, quy trình lưu trữ và câu hỏi thường gặp cho văn thư cơ quan.',
  benefits: 'Rút ngắn thời gian đào tạo văn thư mới từ ba tháng xuống một tháng.',
});

describe('novelty check', () => {
  let service: SubmissionsUnderTest;
  let cbContest: string;
  let hgContest: string;
  let unitId: string;
  const entryIds: Record<string, string> = {};

  const draft = async (account: string, province: string, contestId: string, content: object) => {
    const created = await service.as(account, {
      method: 'POST',
      url: `/provinces/${province}/contests/${contestId}/entries`,
      payload: { ...(province === 'CB' ? { unitId } : {}), content },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };
  const submit = async (account: string, province: string, id: string) => {
    const answer = await service.as(account, {
      method: 'POST',
      url: `/provinces/${province}/entries/${id}/submit`,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer;
  };
  const check = (account: string, id: string) =>
    service.as(account, { method: 'GET', url: `/provinces/CB/entries/${id}/novelty` });

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    for (const author of ['cb-first', 'cb-copier', 'cb-other']) {
      await service.addAccount(author, { roles: ['author'], province: 'CB' });
    }
    await service.addAccount('cb-analyst', { roles: ['analyst'], province: 'CB' });
    await service.addAccount('hg-author', { roles: ['author'], province: 'HG' });
    ({ contestId: cbContest, unitId } = await openContest(service));
    const hg = await service.as('hg-admin', {
      method: 'POST',
      url: '/provinces/HG/contests',
      payload: inputOf(sampleContest({ provinceCode: 'HG', eligibleEntrants: ['citizen'] })),
    });
    hgContest = hg.json().id;
    const opened = await service.as('hg-admin', {
      method: 'POST',
      url: `/provinces/HG/contests/${hgContest}/status`,
      payload: { status: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);

    entryIds['first'] = await draft(
      'cb-first',
      'CB',
      cbContest,
      sampleEntryContent({ firstAppliedOn: '2022-05-01' }),
    );
    await submit('cb-first', 'CB', entryIds['first']);
    entryIds['elsewhere'] = await draft('hg-author', 'HG', hgContest, {
      ...sampleEntryContent({ firstAppliedOn: '2022-05-01', entrantKind: 'citizen' }),
    });
    await submit('hg-author', 'HG', entryIds['elsewhere']);
    entryIds['unrelated'] = await draft('cb-other', 'CB', cbContest, unrelated());
    await submit('cb-other', 'CB', entryIds['unrelated']);
    entryIds['copy'] = await draft('cb-copier', 'CB', cbContest, withoutDiacritics());
  });
  afterAll(() => service?.stop());

  it("finds a copy typed without diacritics, naming the province's own entry and the fields that matched", async () => {
    const report = await check('cb-copier', entryIds['copy']!);
    expect(report.statusCode, report.body).toBe(200);
    const own = report
      .json()
      .matches.find((match: { entryId?: string }) => match.entryId === entryIds['first']);
    expect(own).toMatchObject({ restricted: false, sameProvince: true });
    expect(own.score).toBeGreaterThanOrEqual(report.json().threshold);
    expect(own.matchedFields).toEqual(expect.arrayContaining(['title', 'solution']));
    const duplicates = report
      .json()
      .matches.filter((match: { score: number }) => match.score >= report.json().threshold);
    expect(duplicates.map((match: { entryId?: string }) => match.entryId)).not.toContain(
      entryIds['unrelated'],
    );
  });

  it("shows another province's unpublished entry only as province, year, title and score", async () => {
    const report = await check('cb-admin', entryIds['copy']!);
    const elsewhere = report
      .json()
      .matches.find((match: { provinceCode: string }) => match.provinceCode === 'HG');
    expect(Object.keys(elsewhere).sort()).toEqual(['provinceCode', 'restricted', 'score', 'title', 'year']);
    expect(elsewhere.restricted).toBe(true);
  });

  it('checks on submit and keeps the report with the entry', async () => {
    const submitted = await submit('cb-copier', 'CB', entryIds['copy']!);
    const kept = (report: { matches: { entryId?: string }[] }) =>
      report.matches.map((match) => match.entryId);
    expect(kept(submitted.json().novelty)).toContain(entryIds['first']);
    const screening = await service.as('cb-admin', {
      method: 'GET',
      url: `/provinces/CB/entries/${entryIds['copy']}`,
    });
    expect(kept(screening.json().novelty)).toContain(entryIds['first']);
  });

  it('no longer compares with a withdrawn entry', async () => {
    const withdrawn = await service.as('cb-first', {
      method: 'POST',
      url: `/provinces/CB/entries/${entryIds['first']}/withdraw`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const report = await check('cb-admin', entryIds['copy']!);
    expect(report.json().matches.map((match: { entryId?: string }) => match.entryId)).not.toContain(
      entryIds['first'],
    );
  });

  it("lets only the entry's author, the province's admins and its council check it", async () => {
    expect((await check('cb-analyst', entryIds['copy']!)).statusCode).toBe(403);
    expect((await check('cb-other', entryIds['copy']!)).statusCode).toBe(404);
  });
});
