import { describe, expect, it } from 'vitest';
import type { Result } from './result.ts';
import { MAX_COMMENT_LENGTH, validateScore } from './score-validation.ts';
import { sampleRubric, sampleScore } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const points = sampleScore().points;

describe('score rules', () => {
  it('accepts a complete score sheet', () => {
    expect(validateScore(sampleRubric(), sampleScore()).ok).toBe(true);
  });

  it('requires every criterion on a submitted sheet, but not on a draft', () => {
    const { novelty: _novelty, ...partial } = points;
    expect(problemsOf(validateScore(sampleRubric(), sampleScore({ points: partial })))).toEqual([
      { field: 'points.novelty', code: 'score.criterion.missing' },
    ]);
    expect(validateScore(sampleRubric(), sampleScore({ points: partial, state: 'draft' })).ok).toBe(true);
  });

  it('refuses points for a criterion the rubric does not have', () => {
    expect(
      problemsOf(validateScore(sampleRubric(), sampleScore({ points: { ...points, beauty: 3 } }))),
    ).toEqual([{ field: 'points.beauty', code: 'score.criterion.unknown' }]);
  });

  it('refuses points that are not finite', () => {
    expect(
      problemsOf(validateScore(sampleRubric(), sampleScore({ points: { ...points, novelty: Number.NaN } }))),
    ).toEqual([{ field: 'points.novelty', code: 'score.points.not_finite' }]);
  });

  it('refuses points below 0 or above the maximum, and accepts both ends', () => {
    const outside = { ...points, novelty: -1, creativity: 15.5 };
    expect(problemsOf(validateScore(sampleRubric(), sampleScore({ points: outside })))).toEqual([
      { field: 'points.novelty', code: 'score.points.out_of_range' },
      { field: 'points.creativity', code: 'score.points.out_of_range' },
    ]);
    expect(
      validateScore(sampleRubric(), sampleScore({ points: { ...points, novelty: 0, creativity: 15 } })).ok,
    ).toBe(true);
  });

  it('refuses more than two decimals', () => {
    expect(
      problemsOf(validateScore(sampleRubric(), sampleScore({ points: { ...points, novelty: 12.125 } }))),
    ).toEqual([{ field: 'points.novelty', code: 'score.points.precision' }]);
    expect(validateScore(sampleRubric(), sampleScore({ points: { ...points, novelty: 12.13 } })).ok).toBe(
      true,
    );
  });

  it('refuses a comment longer than the limit, counting characters as people see them', () => {
    const decomposedA = 'ạ'.normalize('NFD');
    expect(
      validateScore(sampleRubric(), sampleScore({ comment: decomposedA.repeat(MAX_COMMENT_LENGTH) })).ok,
    ).toBe(true);
    expect(
      problemsOf(validateScore(sampleRubric(), sampleScore({ comment: 'a'.repeat(MAX_COMMENT_LENGTH + 1) }))),
    ).toEqual([{ field: 'comment', code: 'score.comment.too_long' }]);
  });

  it('names the criterion in Vietnamese', () => {
    const result = validateScore(sampleRubric(), sampleScore({ points: { ...points, feasibility: 16 } }));
    expect(!result.ok && result.problems[0]!.messageVi).toBe(
      'Điểm tiêu chí "Tính khả thi" phải từ 0 đến 15.',
    );
  });
});
