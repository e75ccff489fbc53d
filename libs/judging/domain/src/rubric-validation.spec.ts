import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, defaultRubric, type Criterion } from './rubric.ts';
import { validateRubric } from './rubric-validation.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const criterion = (key: string, maxPoints: number, weight?: number): Criterion => ({
  key,
  labelVi: `Tiêu chí ${key}`,
  labelEn: key,
  maxPoints,
  ...(weight === undefined ? {} : { weight }),
});

const rubricOf = (...criteria: Criterion[]) => ({ contestId: 'c', round: 1, criteria });

describe('rubric rules', () => {
  it('accepts the default rubric: the five criteria of the plans, 100 points, no weights', () => {
    const rubric = defaultRubric('contest-hg-2022', 1);
    expect(validateRubric(rubric).ok).toBe(true);
    expect(rubric.criteria.map((c) => c.key)).toEqual([
      'novelty',
      'creativity',
      'usefulness-effectiveness',
      'replicability',
      'feasibility',
    ]);
    expect(rubric.criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(100);
    expect(DEFAULT_CRITERIA.some((c) => c.weight !== undefined)).toBe(false);
  });

  it('gives a fresh copy each time, so editing one rubric leaves the defaults alone', () => {
    defaultRubric('c', 1).criteria[0]!.maxPoints = 1;
    expect(defaultRubric('c', 1).criteria[0]!.maxPoints).toBe(20);
  });

  it('refuses a rubric without criteria', () => {
    expect(problemsOf(validateRubric(rubricOf()))).toEqual([
      { field: 'criteria', code: 'rubric.criteria.empty' },
    ]);
  });

  it('refuses a maximum of 0 or below', () => {
    expect(problemsOf(validateRubric(rubricOf(criterion('a', 0), criterion('b', -5))))).toEqual([
      { field: 'criteria.0.maxPoints', code: 'rubric.criteria.max_not_positive' },
      { field: 'criteria.1.maxPoints', code: 'rubric.criteria.max_not_positive' },
    ]);
  });

  it('refuses a maximum that is not a finite number', () => {
    expect(
      problemsOf(validateRubric(rubricOf(criterion('a', Number.NaN), criterion('b', Infinity)))),
    ).toEqual([
      { field: 'criteria.0.maxPoints', code: 'rubric.criteria.max_not_finite' },
      { field: 'criteria.1.maxPoints', code: 'rubric.criteria.max_not_finite' },
    ]);
  });

  it('refuses a key used twice, naming the repeat', () => {
    expect(
      problemsOf(validateRubric(rubricOf(criterion('a', 10), criterion('b', 10), criterion('a', 5)))),
    ).toEqual([{ field: 'criteria.2.key', code: 'rubric.criteria.duplicate_key' }]);
  });

  it('refuses keys that are not lower-case words joined by hyphens', () => {
    const result = validateRubric(
      rubricOf(criterion('Tính mới', 10), criterion('ok-key-2', 10), criterion('a--b', 1)),
    );
    expect(problemsOf(result)).toEqual([
      { field: 'criteria.0.key', code: 'rubric.criteria.bad_key' },
      { field: 'criteria.2.key', code: 'rubric.criteria.bad_key' },
    ]);
  });

  it('requires a Vietnamese label', () => {
    expect(problemsOf(validateRubric(rubricOf({ ...criterion('a', 10), labelVi: '  ' })))).toEqual([
      { field: 'criteria.0.labelVi', code: 'required' },
    ]);
  });

  it('refuses weights on some criteria but not all', () => {
    expect(problemsOf(validateRubric(rubricOf(criterion('a', 10, 1), criterion('b', 10))))).toEqual([
      { field: 'criteria', code: 'rubric.weights.partial' },
    ]);
  });

  it('refuses weights of 0 or below', () => {
    expect(problemsOf(validateRubric(rubricOf(criterion('a', 10, 1), criterion('b', 10, 0))))).toEqual([
      { field: 'criteria.1.weight', code: 'rubric.weights.not_positive' },
    ]);
  });

  it('refuses weights that do not add up to 1, with a Vietnamese message', () => {
    const result = validateRubric(rubricOf(criterion('a', 10, 30), criterion('b', 10, 70)));
    expect(problemsOf(result)).toEqual([{ field: 'criteria', code: 'rubric.weights.sum' }]);
    expect(!result.ok && result.problems[0]!.messageVi).toBe(
      'Tổng trọng số các tiêu chí phải bằng 1 (100%); hiện là 100.',
    );
  });

  it('accepts weights written as fractions adding up to 1', () => {
    expect(
      validateRubric(rubricOf(criterion('a', 10, 0.1), criterion('b', 10, 0.2), criterion('c', 10, 0.7))).ok,
    ).toBe(true);
  });

  it('gives every problem a Vietnamese message', () => {
    const result = validateRubric(rubricOf(criterion('A', -1), criterion('A', Number.NaN)));
    expect(!result.ok && result.problems.every((problem) => (problem.messageVi ?? '').length > 0)).toBe(true);
  });
});
