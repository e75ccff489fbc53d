import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_METHODS } from './aggregation.ts';
import type { Result } from './result.ts';
import { closeRound, type RoundCloseInput } from './round-close.ts';
import type { Score } from './score.ts';
import { generateRound } from './testing/generated-round.ts';
import { sampleEntries, sampleRubric, sampleScore } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok
    ? []
    : result.problems.map(({ field, code, kind, params }) => ({ field, code, kind, params }));
}

/** Points on the default rubric adding up to `total`, with `novelty` as given. */
function sheet(
  entryId: string,
  judgeId: string,
  total: number,
  novelty = 10,
  state: Score['state'] = 'submitted',
): Score {
  const rest = total - novelty - 10 - 10 - 10;
  return sampleScore({
    entryId,
    judgeId,
    state,
    points: { novelty, creativity: 10, 'usefulness-effectiveness': rest, replicability: 10, feasibility: 10 },
  });
}

const judges = ['j1', 'j2', 'j3'];
const entries = sampleEntries().map(({ id, submittedAt }) => ({ id, submittedAt }));
const assignments = entries.flatMap(({ id }) => judges.map((judgeId) => ({ entryId: id, judgeId })));
const settings = {
  aggregation: 'mean' as const,
  normalise: false,
  criterionPriority: [],
  disagreementShare: 0.25,
};

function input(overrides: Partial<RoundCloseInput> = {}): RoundCloseInput {
  return {
    rubric: sampleRubric(),
    entries,
    assignments,
    scores: [
      sheet('entry-1', 'j1', 70),
      sheet('entry-1', 'j2', 75),
      sheet('entry-1', 'j3', 80),
      sheet('entry-2', 'j1', 60),
      sheet('entry-2', 'j2', 90),
      sheet('entry-2', 'j3', 75, 15),
      sheet('entry-3', 'j1', 74),
      sheet('entry-3', 'j2', 76),
      sheet('entry-3', 'j3', 75, 12),
    ],
    settings,
    ...overrides,
  };
}

describe('closing a round', () => {
  it('aggregates, flags disagreement and ranks with the stated tie-breaks', () => {
    const result = closeRound(input());
    if (!result.ok) throw new Error('refused');
    const { results, maxTotal, tieBreaks, unscored, override } = result.value;
    expect(maxTotal).toBe(100);
    expect(tieBreaks).toEqual([
      'novelty',
      'creativity',
      'usefulness-effectiveness',
      'replicability',
      'feasibility',
    ]);
    // all three average 75; novelty decides: entry-2 11.67, entry-3 10.67, entry-1 10
    expect(
      results.map(({ entryId, rank, rawTotal, decidedBy, disagreement }) => [
        entryId,
        rank,
        rawTotal,
        decidedBy,
        disagreement,
      ]),
    ).toEqual([
      ['entry-2', 1, 75, null, true],
      ['entry-3', 2, 75, 'criterion:novelty', false],
      ['entry-1', 3, 75, 'criterion:novelty', false],
    ]);
    expect(results[0]!.criteria['novelty']).toBeCloseTo(35 / 3, 12);
    expect(results[0]!.judgeTotals).toEqual({ j1: 60, j2: 90, j3: 75 });
    expect(results[0]!.range).toBe(30);
    expect(unscored).toEqual([]);
    expect(override).toBeNull();
  });

  it('uses only the listed tie-break criteria that the round’s rubric has', () => {
    const result = closeRound(
      input({ settings: { ...settings, criterionPriority: ['oral-clarity', 'feasibility'] } }),
    );
    expect(result.ok && result.value.tieBreaks).toEqual(['feasibility']);
    // feasibility is 10 everywhere, so the earlier submission decides
    expect(result.ok && result.value.results.map((r) => [r.entryId, r.decidedBy])).toEqual([
      ['entry-1', null],
      ['entry-2', 'submitted-at'],
      ['entry-3', 'submitted-at'],
    ]);
  });

  it('ranks on the normalised totals when the contest normalises, keeping the raw ones', () => {
    const result = closeRound(input({ settings: { ...settings, normalise: true } }));
    if (!result.ok) throw new Error('refused');
    for (const entry of result.value.results) {
      expect(entry.normalisedTotal).not.toBeNull();
      expect(entry.score).toBe(entry.normalisedTotal);
    }
    expect(result.value.normalised).toBe(true);
  });

  it('refuses to close while assigned scores are missing, naming each judge and how many', () => {
    const scores = input().scores.filter((s) => !(s.judgeId === 'j2' && s.entryId !== 'entry-1'));
    scores.push(sheet('entry-2', 'j2', 50, 10, 'draft'));
    expect(problemsOf(closeRound(input({ scores })))).toEqual([
      {
        field: 'scores',
        code: 'round.scores_missing',
        kind: 'conflict',
        params: { judgeId: 'j2', missing: 2 },
      },
    ]);
  });

  it('closes with scores missing only with a reason, counting the submitted ones and listing unscored entries', () => {
    const scores = input().scores.filter(
      (s) => s.entryId !== 'entry-3' && !(s.judgeId === 'j3' && s.entryId === 'entry-2'),
    );
    expect(problemsOf(closeRound(input({ scores, override: { reason: ' ' } })))).toEqual([
      {
        field: 'override.reason',
        code: 'round.override.reason_required',
        kind: 'invalid',
        params: undefined,
      },
    ]);
    const result = closeRound(
      input({ scores, override: { reason: 'Thành viên j3 ốm, Hội đồng thống nhất' } }),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.value.unscored).toEqual(['entry-3']);
    expect(result.value.results.map((r) => [r.entryId, r.judgeCount, r.rawTotal])).toEqual([
      ['entry-1', 3, 75],
      ['entry-2', 2, 75],
    ]);
    expect(result.value.override).toEqual({
      reason: 'Thành viên j3 ốm, Hội đồng thống nhất',
      missingScores: 4,
    });
  });

  it('counts neither drafts nor scores of pairs that are not assigned', () => {
    const scores = [...input().scores, sheet('entry-1', 'j9', 0)];
    const result = closeRound(input({ scores, assignments: assignments.filter((a) => a.judgeId !== 'j9') }));
    expect(result.ok && result.value.results.find((r) => r.entryId === 'entry-1')!.judgeCount).toBe(3);
  });

  it('weighs the criteria when the rubric has weights', () => {
    const rubric = sampleRubric({
      criteria: sampleRubric().criteria.map((criterion) => ({ ...criterion, weight: 0.2 })),
    });
    const result = closeRound(input({ rubric }));
    // entry-1, j1: each criterion's share of its maximum, 0.2 each: 10/20, 10/15, 30/30, 10/20, 10/15
    const expected = 20 * (0.5 + 2 / 3 + 1 + 0.5 + 2 / 3);
    expect(
      result.ok && result.value.results.find((r) => r.entryId === 'entry-1')!.judgeTotals['j1'],
    ).toBeCloseTo(expected, 10);
  });

  it('refuses once the results are finalised', () => {
    expect(problemsOf(closeRound(input({ finalised: true })))[0]?.code).toBe('results.finalised');
  });

  it('ranks every entry of a large round', () => {
    const round = generateRound({ entries: 300, judges: 7, judgesPerEntry: 5, criteria: 6 });
    const result = closeRound({
      ...round,
      settings: { ...settings, aggregation: 'trimmed-mean', normalise: true },
    });
    expect(result.ok && result.value.results.map((r) => r.rank)).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1),
    );
  });

  describe('properties', () => {
    const shuffledRound = fc
      .record({
        entries: fc.integer({ min: 1, max: 25 }),
        judges: fc.integer({ min: 1, max: 7 }),
        seed: fc.string(),
      })
      .chain(({ entries, judges, seed }) => {
        const round = generateRound({ entries, judges, judgesPerEntry: judges, criteria: 3, seed });
        return fc.tuple(
          fc.constant(round),
          fc.shuffledSubarray(round.scores, { minLength: round.scores.length }),
          fc.shuffledSubarray(round.assignments, { minLength: round.assignments.length }),
        );
      });

    it('gives the same results whatever order the scores and assignments come in, for every method', () => {
      fc.assert(
        fc.property(
          shuffledRound,
          fc.constantFrom(...AGGREGATION_METHODS),
          fc.boolean(),
          ([round, scores, shuffledAssignments], aggregation, normalise) => {
            const roundSettings = { ...settings, aggregation, normalise };
            const original = closeRound({ ...round, settings: roundSettings });
            const shuffled = closeRound({
              ...round,
              scores,
              assignments: shuffledAssignments,
              settings: roundSettings,
            });
            expect(shuffled).toEqual(original);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
