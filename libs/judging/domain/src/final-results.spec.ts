import { describe, expect, it } from 'vitest';
import { combineRounds } from './final-results.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const ranked = (...scores: [string, number][]) =>
  scores.map(([entryId, score], index) => ({ entryId, score, rank: index + 1 }));

// round 1 on 100 points, round 2 (the defence) on 50
const round1 = { maxTotal: 100, results: ranked(['a', 90], ['b', 85], ['c', 80], ['d', 70]) };
const round2 = { maxTotal: 50, results: ranked(['c', 48], ['a', 40], ['b', 40]) };

describe('final results', () => {
  it('with one round are the round-1 ranking, scores on 100', () => {
    const result = combineRounds({ maxTotal: 50, results: ranked(['a', 45], ['b', 40]) }, null, null);
    expect(
      result.ok && result.value.results.map((r) => [r.entryId, r.rank, r.finalScore, r.round2Score]),
    ).toEqual([
      ['a', 1, 90, null],
      ['b', 2, 80, null],
    ]);
  });

  it('weigh both rounds on 100 each, put defended entries first and the others after in round-1 order', () => {
    const result = combineRounds(round1, round2, [0.4, 0.6]);
    if (!result.ok) throw new Error('refused');
    // c: 0.4·80 + 0.6·96 = 89.6; a: 0.4·90 + 0.6·80 = 84; b: 0.4·85 + 0.6·80 = 82
    expect(result.value.results.map((r) => [r.entryId, r.rank, r.round1Rank, r.round2Rank])).toEqual([
      ['c', 1, 3, 1],
      ['a', 2, 1, 2],
      ['b', 3, 2, 3],
      ['d', 4, 4, null],
    ]);
    expect(result.value.results[0]!.finalScore).toBeCloseTo(89.6, 10);
    expect(result.value.results[3]!.finalScore).toBe(70);
  });

  it('break an equal final score on the round-2 rank', () => {
    const tied = { maxTotal: 100, results: ranked(['x', 80], ['y', 70]) };
    const defence = { maxTotal: 100, results: ranked(['y', 80], ['x', 70]) };
    const result = combineRounds(tied, defence, [0.5, 0.5]);
    expect(result.ok && result.value.results.map((r) => r.entryId)).toEqual(['y', 'x']);
  });

  it('need weights for two rounds, above 0 and adding up to 1', () => {
    expect(problemsOf(combineRounds(round1, round2, null))).toEqual([
      { field: 'weights', code: 'final.weights.missing' },
    ]);
    expect(problemsOf(combineRounds(round1, round2, [0.5, 0.6]))).toEqual([
      { field: 'weights', code: 'settings.round_weights.sum' },
    ]);
  });

  it('refuse a round-2 entry that has no round-1 result', () => {
    const stray = { maxTotal: 50, results: ranked(['z', 40]) };
    expect(problemsOf(combineRounds(round1, stray, [0.5, 0.5]))).toEqual([
      { field: 'round2', code: 'final.round2.unknown_entry' },
    ]);
  });
});
