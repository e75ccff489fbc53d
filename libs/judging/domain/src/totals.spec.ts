import { describe, expect, it } from 'vitest';
import { defaultRubric } from './rubric.ts';
import { judgeTotal, rubricMaxTotal, usesWeights } from './totals.ts';

const weighted = {
  criteria: [
    { key: 'a', labelVi: 'A', labelEn: 'A', maxPoints: 10, weight: 0.6 },
    { key: 'b', labelVi: 'B', labelEn: 'B', maxPoints: 5, weight: 0.4 },
  ],
};

describe('a judge total', () => {
  it('is the plain sum of the points without weights, out of the sum of the maxima', () => {
    const rubric = defaultRubric('c', 1);
    expect(usesWeights(rubric)).toBe(false);
    expect(rubricMaxTotal(rubric)).toBe(100);
    expect(
      judgeTotal(rubric, {
        novelty: 16,
        creativity: 12,
        'usefulness-effectiveness': 24.5,
        replicability: 14.5,
        feasibility: 11,
      }),
    ).toBe(78);
  });

  it("with weights is each criterion's fraction of its maximum times its weight, on 100", () => {
    expect(usesWeights(weighted)).toBe(true);
    expect(rubricMaxTotal(weighted)).toBe(100);
    // a: 5/10 of 60 = 30; b: 5/5 of 40 = 40
    expect(judgeTotal(weighted, { a: 5, b: 5 })).toBe(70);
    expect(judgeTotal(weighted, { a: 10, b: 5 })).toBe(100);
  });
});
