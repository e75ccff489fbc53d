import { describe, expect, it } from 'vitest';
import type { Result } from './result.ts';
import { saveScore, type ScoringContext } from './score-saving.ts';
import { sampleRubric, sampleScore } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ code, kind }) => ({ code, kind }));
}

const open: ScoringContext = { conflicts: [], assigned: true, roundClosed: false, finalised: false };

describe('saving a score', () => {
  it('saves a draft, submits it, and corrects the submitted sheet while the round is open', () => {
    const draft = sampleScore({ state: 'draft', points: { novelty: 10 } });
    expect(saveScore(sampleRubric(), null, draft, open).ok).toBe(true);
    expect(saveScore(sampleRubric(), draft, sampleScore(), open).ok).toBe(true);
    const corrected = sampleScore({ points: { ...sampleScore().points, novelty: 18 } });
    expect(saveScore(sampleRubric(), sampleScore(), corrected, open)).toEqual({ ok: true, value: corrected });
  });

  it('refuses to turn a submitted sheet back into a draft', () => {
    expect(
      problemsOf(saveScore(sampleRubric(), sampleScore(), sampleScore({ state: 'draft' }), open)),
    ).toEqual([{ code: 'score.transition.invalid', kind: 'conflict' }]);
  });

  it('refuses every change once the round is closed', () => {
    expect(
      problemsOf(saveScore(sampleRubric(), sampleScore(), sampleScore(), { ...open, roundClosed: true })),
    ).toEqual([{ code: 'score.round_closed', kind: 'conflict' }]);
  });

  it('refuses every change once the results are finalised', () => {
    const after = { ...open, roundClosed: true, finalised: true };
    expect(problemsOf(saveScore(sampleRubric(), sampleScore(), sampleScore(), after))).toEqual([
      { code: 'results.finalised', kind: 'conflict' },
    ]);
  });

  it('refuses a judge with a conflict of interest, even one assigned by mistake', () => {
    const conflicted = { ...open, conflicts: [{ kind: 'same-unit' as const, unitId: 'so-noi-vu' }] };
    expect(problemsOf(saveScore(sampleRubric(), null, sampleScore(), conflicted))).toEqual([
      { code: 'score.judge.conflicted', kind: 'forbidden' },
    ]);
  });

  it('refuses a judge not assigned to the entry', () => {
    expect(problemsOf(saveScore(sampleRubric(), null, sampleScore(), { ...open, assigned: false }))).toEqual([
      { code: 'score.judge.not_assigned', kind: 'forbidden' },
    ]);
  });

  it('checks the sheet against the rubric', () => {
    const bad = sampleScore({ points: { ...sampleScore().points, novelty: 21 } });
    expect(problemsOf(saveScore(sampleRubric(), null, bad, open))).toEqual([
      { code: 'score.points.out_of_range', kind: 'invalid' },
    ]);
  });
});
