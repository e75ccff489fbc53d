import { describe, expect, it } from 'vitest';
import { selectAdvancing } from './advancement.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const round = {
  results: [
    { entryId: 'a', score: 91.2 },
    { entryId: 'b', score: 80 },
    { entryId: 'c', score: 79.999 },
    { entryId: 'd', score: 60 },
  ],
};

describe('advancing to round 2', () => {
  it('takes the top N by rank, or everything when fewer were ranked', () => {
    expect(selectAdvancing(round, { kind: 'top', count: 2 })).toEqual({ ok: true, value: ['a', 'b'] });
    expect(selectAdvancing(round, { kind: 'top', count: 10 })).toEqual({
      ok: true,
      value: ['a', 'b', 'c', 'd'],
    });
  });

  it('takes every entry at or above the threshold, comparing exact scores', () => {
    expect(selectAdvancing(round, { kind: 'threshold', minScore: 80 })).toEqual({
      ok: true,
      value: ['a', 'b'],
    });
  });

  it('refuses a count below 1 or not whole', () => {
    for (const count of [0, 2.5]) {
      expect(problemsOf(selectAdvancing(round, { kind: 'top', count }))).toEqual([
        { field: 'count', code: 'advancement.count.invalid' },
      ]);
    }
  });

  it('refuses a threshold that is not a number', () => {
    expect(problemsOf(selectAdvancing(round, { kind: 'threshold', minScore: Number.NaN }))).toEqual([
      { field: 'minScore', code: 'advancement.threshold.invalid' },
    ]);
  });
});
