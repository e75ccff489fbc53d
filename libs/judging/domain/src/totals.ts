import type { Rubric } from './rubric.ts';

/** The scale of a weighted total: each criterion's weight is its share of 100 points. */
export const WEIGHTED_TOTAL_SCALE = 100;

/** True when the rubric's criteria carry weights (a valid rubric has them on all criteria or on none). */
export function usesWeights(rubric: Pick<Rubric, 'criteria'>): boolean {
  return rubric.criteria.some((criterion) => criterion.weight !== undefined);
}

/** The highest total a judge can give: the sum of the maxima, or 100 when weights are used. */
export function rubricMaxTotal(rubric: Pick<Rubric, 'criteria'>): number {
  return usesWeights(rubric)
    ? WEIGHTED_TOTAL_SCALE
    : rubric.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
}

/**
 * One judge's total for one entry: the plain sum of the points, or with weights the weighted sum of each
 * criterion's fraction of its maximum, on 100 (so a weight is exactly the criterion's share of the total, whatever
 * scale its points are given on). `points` must hold every criterion (a submitted score does).
 */
export function judgeTotal(
  rubric: Pick<Rubric, 'criteria'>,
  points: Readonly<Record<string, number>>,
): number {
  const weighted = usesWeights(rubric);
  let total = 0;
  for (const criterion of rubric.criteria) {
    const given = points[criterion.key]!;
    total += weighted ? (criterion.weight! * given * WEIGHTED_TOTAL_SCALE) / criterion.maxPoints : given;
  }
  return total;
}
