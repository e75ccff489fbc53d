import { pdfPagesText } from '@cchc/judging-minutes/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJudging, type JudgingUnderTest } from './testing/judging-under-test.ts';
import { announceContest, announceEntries, contestState, entryState } from './testing/submissions-events.ts';

// One contest judged from the council to the finalised ranking, in the order a province works: each step checks
// the rules that guard it (roles, conflicts, blind view, visibility, closing, immutability) against PostgreSQL.
const CONTEST = '7b2c0000-0000-4000-8000-000000000001';
const UNIT_SCIENCE = '7b2c0000-0000-4000-8000-0000000000a1';
const UNIT_FINANCE = '7b2c0000-0000-4000-8000-0000000000a2';
const entryId = (n: number) => `7b2c0000-0000-4000-8000-00000000000${n}`;
const base = `/provinces/CB/contests/${CONTEST}`;
const POINTS = [
  { novelty: 18, creativity: 12, 'usefulness-effectiveness': 27, replicability: 16, feasibility: 13 },
  { novelty: 10, creativity: 8, 'usefulness-effectiveness': 15, replicability: 10, feasibility: 9 },
];

const council = {
  decision: { number: '1820/QĐ-UBND', date: '2022-10-01', signer: 'Chủ tịch UBND tỉnh Cao Bằng' },
  members: [
    { userId: 'user-chair', name: 'Nông Văn Chủ', role: 'chair', unitId: null },
    { userId: 'user-secretary', name: 'Lý Văn Thư', role: 'secretary', unitId: null },
    { userId: 'user-judge-1', name: 'Bế Thị Khoa', role: 'member', unitId: UNIT_SCIENCE },
    { userId: 'user-judge-2', name: 'Đàm Văn Tài', role: 'member', unitId: UNIT_FINANCE },
    { userId: 'user-judge-3', name: 'Lục Thị Pháp', role: 'member', unitId: null },
  ],
  quorum: 3,
};

describe('judging a contest', () => {
  let service: JudgingUnderTest;
  const call = (account: string, method: 'GET' | 'PUT' | 'POST', path: string, payload?: object) =>
    service.as(account, { method, url: `${base}${path}`, ...(payload ? { payload } : {}) });
  const outboxTypes = async () =>
    (await service.rowsOf(`SELECT type FROM outbox_event ORDER BY created_at, id`, 'CB', () => true)).map(
      (row) => row['type'] as string,
    );
  const assignments = async () =>
    (await call('secretary', 'GET', '/rounds/1/assignments')).json() as {
      assignments: { entryId: string; judgeId: string }[];
      progress: { judgeId: string; assigned: number; submitted: number; drafts: number }[];
    };
  const score = (judge: string, entry: string, points: object, state = 'submitted', round = 1) =>
    call(judge, 'PUT', `/rounds/${round}/entries/${entry}/score`, { points, comment: 'Khả thi', state });
  const codesOf = (body: { errors?: { code: string }[] }) => (body.errors ?? []).map((error) => error.code);

  beforeAll(async () => {
    service = await startJudging();
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-secretary', { roles: ['council-secretary'], province: 'CB' });
    await service.addAccount('chair', { roles: ['council-chair'], province: 'CB' });
    await service.addAccount('secretary', { roles: ['council-secretary'], province: 'CB' });
    for (const n of [1, 2, 3]) await service.addAccount(`judge-${n}`, { roles: ['judge'], province: 'CB' });
    await service.addAccount('other-secretary', { roles: ['council-secretary'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    await announceContest(
      service,
      { ...contestState(CONTEST, 'CB', 'judging'), blindJudging: true },
      'closed',
    );
    await announceEntries(service, [
      entryState(entryId(1), CONTEST, 'CB', { unitId: UNIT_SCIENCE }),
      entryState(entryId(2), CONTEST, 'CB', {
        authors: [{ name: 'ĐÀM VĂN TÀI', workplace: 'Sở Tài chính', contributionPercent: 100 }],
      }),
      entryState(entryId(3), CONTEST, 'CB', { submittedAt: '2022-09-02T02:00:00.000Z' }),
      entryState(entryId(4), CONTEST, 'CB', { submittedAt: '2022-09-03T02:00:00.000Z' }),
    ]);
    const recorded = await call('cb-secretary', 'PUT', '/council', council);
    expect(recorded.statusCode).toBe(200);
    expect((await call('judge-1', 'GET', '/council')).json().members).toEqual(council.members);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('lists council candidates only for those who form the council, and says so when no directory is set', async () => {
    const candidates = { method: 'GET' as const, url: `${base}/council-candidates` };
    expect((await service.as('judge-1', candidates)).statusCode).toBe(403);
    const unconfigured = await service.as('cb-secretary', candidates);
    expect(unconfigured.statusCode).toBe(503);
    expect(unconfigured.json().detail).toContain('AUTH_CLIENT_SECRET');
  });

  it('keeps the default settings until they are set, refuses invalid ones by rule and stores valid ones', async () => {
    const defaults = await call('judge-1', 'GET', '/judging-settings');
    expect(defaults.json()).toMatchObject({ aggregation: 'mean', isDefault: true });
    const invalid = await call('cb-admin', 'PUT', '/judging-settings', {
      ...defaults.json(),
      isDefault: undefined,
      disagreementShare: 2,
      roundWeights: [0.5, 0.6],
      criterionPriority: ['no-such-criterion'],
    });
    expect(invalid.statusCode).toBe(400);
    expect(codesOf(invalid.json()).sort()).toEqual([
      'settings.criterion_priority.unknown',
      'settings.disagreement_share.out_of_range',
      'settings.round_weights.sum',
    ]);
    const { isDefault: _default, ...unset } = defaults.json();
    const unweighted = await call('cb-admin', 'PUT', '/judging-settings', { ...unset, normalise: true });
    expect(unweighted.json()).toMatchObject({ normalise: true, roundWeights: null });
    const set = await call('cb-admin', 'PUT', '/judging-settings', {
      aggregation: 'mean',
      normalise: false,
      criterionPriority: ['usefulness-effectiveness'],
      disagreementShare: 0.25,
      showOthersBeforeClose: false,
      roundWeights: [0.6, 0.4],
    });
    expect(set.json()).toMatchObject({ roundWeights: [0.6, 0.4], isDefault: false });
    expect((await call('judge-1', 'PUT', '/judging-settings', set.json())).statusCode).toBe(403);
  });

  it('finds conflicts of interest: the judge’s unit, a judge named as author, and a declared recusal', async () => {
    const recusal = await call('judge-3', 'POST', '/recusals', {
      entryId: entryId(3),
      reason: 'Người thân là tác giả',
    });
    expect(recusal.statusCode).toBe(201);
    const conflicts = (await call('chair', 'GET', '/conflicts')).json() as {
      judgeId: string;
      entryId: string;
      reasons: { kind: string }[];
    }[];
    expect(
      conflicts.map(({ judgeId, entryId, reasons }) => [judgeId, entryId, reasons.map((r) => r.kind)]),
    ).toEqual([
      ['user-judge-1', entryId(1), ['same-unit']],
      ['user-judge-2', entryId(2), ['author']],
      ['user-judge-3', entryId(3), ['declared']],
    ]);
    expect((await call('judge-1', 'GET', '/conflicts')).statusCode).toBe(403);
  });

  it('assigns each entry to k judges, balanced, never to a conflicted judge, and shows each judge’s progress', async () => {
    const run = await call('secretary', 'POST', '/rounds/1/assignments/automatic', { judgesPerEntry: 2 });
    expect(run.statusCode).toBe(200);
    const { assignments: pairs, progress } = await assignments();
    expect(pairs).toHaveLength(8);
    const conflicted = [
      `user-judge-1 ${entryId(1)}`,
      `user-judge-2 ${entryId(2)}`,
      `user-judge-3 ${entryId(3)}`,
    ];
    expect(pairs.filter((pair) => conflicted.includes(`${pair.judgeId} ${pair.entryId}`))).toEqual([]);
    const loads = progress.map((judge) => judge.assigned);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((sum, load) => sum + load, 0)).toBe(8);
  });

  it('refuses a conflicted judge by hand and a bad import line by line, changing nothing', async () => {
    const before = await assignments();
    const override = await call('secretary', 'POST', '/rounds/1/assignments/overrides', {
      entryId: entryId(1),
      addJudgeId: 'user-judge-1',
    });
    expect(codesOf(override.json())).toEqual(['assignment.judge.conflicted']);
    const bySecretaryOfAnotherCouncil = await call(
      'other-secretary',
      'POST',
      '/rounds/1/assignments/automatic',
      {
        judgesPerEntry: 1,
      },
    );
    expect(bySecretaryOfAnotherCouncil.statusCode).toBe(403);
    const csv = ['ma_bai,ma_thanh_vien', `${entryId(1)},user-judge-1`, `${entryId(2)},user-nobody`].join(
      '\n',
    );
    const imported = await service.as('secretary', {
      method: 'POST',
      url: `${base}/rounds/1/assignments/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(409);
    expect(imported.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'line.2.ma_thanh_vien',
      'line.3.ma_thanh_vien',
    ]);
    expect(await assignments()).toEqual(before);
  });

  it('imports a file of assignments that replaces the round’s', async () => {
    const csv = [
      'entry_id,judge_id',
      ...[1, 2, 3, 4].flatMap((n) => [`${entryId(n)},user-chair`, `${entryId(n)},user-secretary`]),
      `${entryId(4)},user-judge-2`,
    ].join('\r\n');
    const imported = await service.as('cb-admin', {
      method: 'POST',
      url: `${base}/rounds/1/assignments/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    expect((await assignments()).assignments).toHaveLength(9);
  });

  it('shows a judge only their entries, blind, and refuses scores out of range, unassigned or conflicted', async () => {
    const mine = (await call('judge-2', 'GET', '/rounds/1/my-entries')).json();
    expect(mine).toEqual([
      {
        entry: {
          id: entryId(4),
          title: 'Sáng kiến 0004',
          fieldKey: 'thu-tuc-hanh-chinh',
          submittedAt: '2022-09-03T02:00:00.000Z',
        },
        score: null,
      },
    ]);
    const listed = (account: string) => call(account, 'GET', '/entries').then((response) => response.json());
    expect((await listed('judge-1')).map((entry: object) => Object.keys(entry).sort())).toEqual(
      Array(4).fill(['fieldKey', 'id', 'submittedAt', 'title']),
    );
    expect((await listed('chair'))[1].authors).toEqual([
      { name: 'ĐÀM VĂN TÀI', workplace: 'Sở Tài chính', contributionPercent: 100 },
    ]);
    const outOfRange = await score('judge-2', entryId(4), { ...POINTS[0], novelty: 21 });
    expect(outOfRange.statusCode).toBe(400);
    expect((await score('judge-1', entryId(4), POINTS[0]!)).statusCode).toBe(403);
    expect(codesOf((await score('judge-2', entryId(2), POINTS[0]!)).json())).toEqual([
      'score.judge.conflicted',
    ]);
  });

  it('keeps drafts and submitted sheets with every change, and hides others’ scores until the round closes', async () => {
    expect((await score('judge-2', entryId(4), { novelty: 5 }, 'draft')).statusCode).toBe(200);
    expect((await score('judge-2', entryId(4), POINTS[1]!)).statusCode).toBe(200);
    expect((await score('judge-2', entryId(4), { ...POINTS[1], novelty: 11 })).statusCode).toBe(200);
    expect(codesOf((await score('judge-2', entryId(4), POINTS[1]!, 'draft')).json())).toEqual([
      'score.transition.invalid',
    ]);
    const history = (await call('chair', 'GET', `/rounds/1/entries/${entryId(4)}/score-history`)).json();
    expect(history.map((change: { state: unknown }) => change.state)).toEqual([
      { old: null, new: 'draft' },
      { old: 'draft', new: 'submitted' },
      null,
    ]);
    expect(history[2].points).toEqual([{ criterion: 'novelty', old: 10, new: 11 }]);

    expect((await assignments()).progress.find((judge) => judge.judgeId === 'user-judge-2')).toEqual({
      judgeId: 'user-judge-2',
      name: 'Đàm Văn Tài',
      assigned: 1,
      submitted: 1,
      drafts: 0,
    });
    const newRubric = await call('cb-admin', 'PUT', '/rubrics/1', {
      criteria: [{ key: 'novelty', labelVi: 'Tính mới', labelEn: 'Novelty', maxPoints: 100 }],
    });
    expect(codesOf(newRubric.json())).toEqual(['rubric.scored']);
    expect((await score('chair', entryId(4), POINTS[0]!)).statusCode).toBe(200);
    const seenByJudge = (await call('judge-2', 'GET', '/rounds/1/scores')).json();
    expect(seenByJudge.map((sheet: { judgeId: string }) => sheet.judgeId)).toEqual(['user-judge-2']);
    const seenByChair = (await call('chair', 'GET', '/rounds/1/scores')).json();
    expect(seenByChair.map((sheet: { judgeId: string }) => sheet.judgeId).sort()).toEqual([
      'user-chair',
      'user-judge-2',
    ]);
  });

  it('lets only the chair close the round, and only with every score in or an override with its reason', async () => {
    expect((await call('secretary', 'POST', '/rounds/1/close', {})).statusCode).toBe(403);
    const early = await call('chair', 'POST', '/rounds/1/close', {});
    expect(early.statusCode).toBe(409);
    expect(new Set(codesOf(early.json()))).toEqual(new Set(['round.scores_missing']));
    for (const n of [1, 2, 3]) await score('chair', entryId(n), POINTS[n % 2]!);
    for (const n of [1, 2, 3, 4]) await score('secretary', entryId(n), POINTS[n === 4 ? 0 : 1]!);
    const closed = await call('chair', 'POST', '/rounds/1/close', {});
    expect(closed.statusCode).toBe(200);
    const results = closed.json().results.results as { entryId: string; rank: number; judgeCount: number }[];
    expect(results.map((result) => [result.entryId, result.rank])).toEqual([
      [entryId(4), 1],
      [entryId(2), 2],
      [entryId(1), 3],
      [entryId(3), 4],
    ]);
    expect(codesOf((await score('judge-2', entryId(4), POINTS[0]!)).json())).toEqual(['score.round_closed']);
    const seenAfter = (await call('judge-2', 'GET', '/rounds/1/scores')).json();
    expect(seenAfter).toHaveLength(9);
  });

  it('writes the minutes of the closed round as a PDF in Vietnamese: members, recusals, the ranking', async () => {
    expect((await call('judge-2', 'GET', '/rounds/1/minutes.pdf')).statusCode).toBe(403);
    expect((await call('chair', 'GET', '/rounds/2/minutes.pdf')).statusCode).toBe(409);
    const minutes = await call('secretary', 'GET', '/rounds/1/minutes.pdf');
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers['content-type']).toBe('application/pdf');
    const text = (await pdfPagesText(new Uint8Array(minutes.rawPayload))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Nông Văn Chủ');
    expect(text).toContain('Người thân là tác giả');
    const ranks = ['0004', '0002', '0001', '0003'].map((id) => text.lastIndexOf(`Sáng kiến ${id}`));
    expect(ranks.every((position) => position >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('advances the best to the defence, schedules it no sooner than the preparation period, and tells the authors', async () => {
    const nobody = await call('chair', 'POST', '/rounds/1/advancement', {
      rule: { kind: 'threshold', minScore: 99 },
    });
    expect(codesOf(nobody.json())).toEqual(['advancement.none']);
    const advanced = await call('chair', 'POST', '/rounds/1/advancement', {
      rule: { kind: 'top', count: 2 },
    });
    expect(advanced.json()).toEqual({ advancing: [entryId(4), entryId(2)] });
    const round2 = (await call('chair', 'GET', '/rounds/2')).json();
    expect(round2.status).toBe('open');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const later = (days: number, hour: number) => {
      const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      return `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
    };
    const tooSoon = await call('secretary', 'PUT', '/rounds/2/defence-schedule', {
      slots: [
        { entryId: entryId(4), startsAt: tomorrow, endsAt: later(2, 9), place: 'Phòng họp số 1' },
        { entryId: entryId(2), startsAt: later(20, 9), endsAt: later(20, 10) },
      ],
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(codesOf(tooSoon.json()).sort()).toEqual(['defence.slot.no_place', 'defence.slot.too_soon']);
    const set = await call('secretary', 'PUT', '/rounds/2/defence-schedule', {
      slots: [
        { entryId: entryId(4), startsAt: later(15, 8), endsAt: later(15, 9), place: 'Phòng họp số 1' },
        {
          entryId: entryId(2),
          startsAt: later(15, 9),
          endsAt: later(15, 10),
          onlineLink: 'https://hop.caobang.gov.vn/1',
        },
      ],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().slots.map((slot: { entryTitle: string }) => slot.entryTitle)).toEqual([
      'Sáng kiến 0004',
      'Sáng kiến 0002',
    ]);
    expect((await outboxTypes()).filter((type) => type === 'judging.defence.scheduled.v1')).toHaveLength(2);
  });

  it('combines the rounds once both are closed; the chair finalises, and nothing changes afterwards', async () => {
    expect((await call('chair', 'GET', '/results')).statusCode).toBe(409);
    for (const judge of ['chair', 'secretary', 'judge-1', 'judge-3'])
      expect((await score(judge, entryId(2), POINTS[0]!, 'submitted', 2)).statusCode).toBe(200);
    for (const judge of ['chair', 'secretary', 'judge-1', 'judge-2', 'judge-3'])
      expect((await score(judge, entryId(4), POINTS[1]!, 'submitted', 2)).statusCode).toBe(200);
    expect((await call('chair', 'POST', '/rounds/2/close', {})).statusCode).toBe(200);
    const preview = (await call('chair', 'GET', '/results')).json();
    expect(preview.finalised).toBe(false);
    expect(preview.results.map((result: { entryId: string }) => result.entryId)).toEqual([
      entryId(2),
      entryId(4),
      entryId(1),
      entryId(3),
    ]);
    expect(preview.results[0]).toMatchObject({ round1Score: 69, round2Score: 86 });
    expect(preview.results[0].finalScore).toBeCloseTo(75.8, 9);
    expect((await call('judge-1', 'GET', '/results')).statusCode).toBe(403);
    expect((await call('secretary', 'POST', '/finalisation')).statusCode).toBe(403);
    const finalised = await call('chair', 'POST', '/finalisation');
    expect(finalised.statusCode).toBe(200);
    expect(finalised.json()).toMatchObject({
      finalised: true,
      finalisedBy: 'user-chair',
      weights: [0.6, 0.4],
    });
    expect((await call('judge-1', 'GET', '/results')).json().results).toEqual(finalised.json().results);

    expect(codesOf((await call('chair', 'POST', '/finalisation')).json())).toEqual(['results.finalised']);
    expect(codesOf((await score('judge-2', entryId(4), POINTS[0]!, 'submitted', 2)).json())).toEqual([
      'results.finalised',
    ]);
    const { isDefault: _isDefault, ...settings } = (
      await call('cb-admin', 'GET', '/judging-settings')
    ).json();
    const changed = await call('cb-admin', 'PUT', '/judging-settings', {
      ...settings,
      aggregation: 'median',
    });
    expect(codesOf(changed.json())).toEqual(['results.finalised']);
    expect((await outboxTypes()).filter((type) => type === 'judging.results.finalized.v1')).toHaveLength(1);
  });

  it('shows nothing of the contest to another province', async () => {
    for (const path of ['/judging-settings', '/conflicts', '/rounds/1/assignments', '/results'])
      expect((await call('hg-admin', 'GET', path)).statusCode).toBe(403);
  });
});
