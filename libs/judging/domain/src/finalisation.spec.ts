import { describe, expect, it } from 'vitest';
import { finalise } from './finalisation.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ code, kind }) => ({ code, kind }));
}

const final = {
  weights: null,
  results: [
    {
      entryId: 'a',
      rank: 1,
      finalScore: 90,
      round1Score: 90,
      round1Rank: 1,
      round2Score: null,
      round2Rank: null,
    },
  ],
};
const at = new Date('2021-11-15T09:00:00Z');

describe('finalising the results', () => {
  it('records who finalised, when, and the results', () => {
    expect(finalise(final, { userId: 'u-chair', councilRole: 'chair' }, at, null)).toEqual({
      ok: true,
      value: { finalisedBy: 'u-chair', finalisedAt: '2021-11-15T09:00:00.000Z', results: final.results },
    });
  });

  it('is for the chair only', () => {
    for (const councilRole of ['vice-chair', 'secretary', 'member', null] as const) {
      expect(problemsOf(finalise(final, { userId: 'u', councilRole }, at, null))).toEqual([
        { code: 'results.finalise.not_chair', kind: 'forbidden' },
      ]);
    }
  });

  it('happens once', () => {
    const done = { finalisedBy: 'u-chair', finalisedAt: at.toISOString(), results: final.results };
    expect(problemsOf(finalise(final, { userId: 'u-chair', councilRole: 'chair' }, at, done))).toEqual([
      { code: 'results.finalised', kind: 'conflict' },
    ]);
  });
});
