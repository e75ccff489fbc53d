import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { JudgingSettings, tieBreakCriteria, validateJudgingSettings } from './judging-settings.ts';
import type { Result } from './result.ts';
import { sampleRubric } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const defaults = Value.Default(JudgingSettings, {}) as JudgingSettings;
const oral = {
  criteria: [{ key: 'presentation', labelVi: 'Trình bày', labelEn: 'Presentation', maxPoints: 50 }],
};

describe('judging settings', () => {
  it('defaults to the mean, no normalisation, the rubric’s order for ties, a 25 % disagreement share', () => {
    expect(defaults).toEqual({
      aggregation: 'mean',
      normalise: false,
      criterionPriority: [],
      disagreementShare: 0.25,
      showOthersBeforeClose: false,
      roundWeights: null,
    });
    expect(validateJudgingSettings(defaults, [sampleRubric()]).ok).toBe(true);
  });

  it('accepts tie-break criteria from any round and refuses unknown or repeated ones', () => {
    const ok = { ...defaults, criterionPriority: ['presentation', 'novelty'] };
    expect(validateJudgingSettings(ok, [sampleRubric(), oral]).ok).toBe(true);
    const bad = { ...defaults, criterionPriority: ['novelty', 'beauty', 'novelty'] };
    expect(problemsOf(validateJudgingSettings(bad, [sampleRubric(), oral]))).toEqual([
      { field: 'criterionPriority.1', code: 'settings.criterion_priority.unknown' },
      { field: 'criterionPriority.2', code: 'settings.criterion_priority.duplicate' },
    ]);
  });

  it('keeps the disagreement share above 0 and at most 1', () => {
    for (const disagreementShare of [0, 1.5, Number.NaN]) {
      expect(
        problemsOf(validateJudgingSettings({ ...defaults, disagreementShare }, [sampleRubric()])),
      ).toEqual([{ field: 'disagreementShare', code: 'settings.disagreement_share.out_of_range' }]);
    }
  });

  it('requires round weights above 0 adding up to 1', () => {
    const check = (roundWeights: [number, number]) =>
      problemsOf(validateJudgingSettings({ ...defaults, roundWeights }, [sampleRubric()]));
    expect(check([0.4, 0.6])).toEqual([]);
    expect(check([0, 1])).toEqual([{ field: 'roundWeights', code: 'settings.round_weights.not_positive' }]);
    expect(check([40, 60])).toEqual([{ field: 'roundWeights', code: 'settings.round_weights.sum' }]);
  });

  it('breaks ties on the rubric’s criteria in order when none are listed, else on the listed ones it has', () => {
    expect(tieBreakCriteria([], oral)).toEqual(['presentation']);
    expect(tieBreakCriteria(['novelty', 'presentation'], oral)).toEqual(['presentation']);
  });
});
