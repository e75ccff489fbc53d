import { meanAndDeviation } from './statistics.ts';

/** One judge's total for one entry. */
export interface JudgeTotal {
  entryId: string;
  judgeId: string;
  total: number;
}

interface JudgeScale {
  mean: number;
  deviation: number;
  /** Every total of the judge is the same (or there is just one): nothing to rescale. */
  constant: boolean;
}

function scalesByJudge(totals: readonly JudgeTotal[]): Map<string, JudgeScale> {
  const byJudge = new Map<string, number[]>();
  for (const { judgeId, total } of totals) {
    const list = byJudge.get(judgeId);
    if (list) list.push(total);
    else byJudge.set(judgeId, [total]);
  }
  const scales = new Map<string, JudgeScale>();
  for (const [judgeId, values] of byJudge) {
    // compared directly, since the computed deviation of equal values can come out a hair above 0
    const constant = values.every((value) => value === values[0]);
    scales.set(judgeId, { ...meanAndDeviation(values), constant });
  }
  return scales;
}

/**
 * Per-judge z-score normalisation: each judge's totals are rescaled from the judge's own mean and standard deviation
 * to those of all judges' totals together, so a strict judge and a generous one count alike. A judge whose totals
 * are all equal (including a judge with a single entry) has no spread to rescale and keeps the raw totals. The
 * i-th value of the result belongs to `totals[i]`. Each judge's order of entries is kept.
 */
export function normaliseTotals(totals: readonly JudgeTotal[]): number[] {
  if (totals.length === 0) return [];
  const all = meanAndDeviation(totals.map((entry) => entry.total));
  const scales = scalesByJudge(totals);
  return totals.map(({ judgeId, total }) => {
    const scale = scales.get(judgeId)!;
    return scale.constant ? total : all.mean + (all.deviation * (total - scale.mean)) / scale.deviation;
  });
}
