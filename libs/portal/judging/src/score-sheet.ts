import type { Criterion, RoundStatus, Score, ScoreInput, ScoreState } from '@cchc/portal-data-access';
import { hasAtMostDecimals, parseDecimal } from './judging-numbers';

/** The longest comment the service takes, in characters as people see them. */
export const MAX_COMMENT_LENGTH = 2000;

/** Why the points typed for a criterion cannot be sent as they are. */
export type PointsProblem = 'missing' | 'not-number' | 'out-of-range' | 'precision';

/** One criterion of the sheet as the judge filled it in. */
export interface SheetLine {
  key: string;
  maxPoints: number;
  /** The points typed, when they are a number from 0 to the maximum with at most two decimals. */
  points: number | null;
  /** `missing` only matters for submitting: a draft may leave criteria empty. */
  problem: PointsProblem | null;
}

/** The whole sheet: each line, the running total and whether it may be saved or submitted. */
export interface SheetCheck {
  lines: SheetLine[];
  /** The total of the valid points so far (weighted on 100 when the rubric has weights). */
  total: number;
  maxTotal: number;
  filled: number;
  /** Every criterion has valid points. */
  complete: boolean;
  /** Nothing typed is wrong (empty criteria aside): the sheet may be saved as a draft. */
  savable: boolean;
  /** Complete, and the comment not too long: the sheet may be submitted. */
  submittable: boolean;
  commentTooLong: boolean;
}

const usesWeights = (criteria: readonly Criterion[]) =>
  criteria.some((criterion) => criterion.weight !== undefined);

/** The highest total a judge can give: the sum of the maxima, or 100 when the rubric has weights. */
export function maxTotalOf(criteria: readonly Criterion[]): number {
  return usesWeights(criteria) ? 100 : criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
}

function lineOf(criterion: Criterion, text: string): SheetLine {
  const base = { key: criterion.key, maxPoints: criterion.maxPoints };
  if (text.trim() === '') return { ...base, points: null, problem: 'missing' };
  const value = parseDecimal(text);
  if (value === null) return { ...base, points: null, problem: 'not-number' };
  if (value < 0 || value > criterion.maxPoints) return { ...base, points: null, problem: 'out-of-range' };
  if (!hasAtMostDecimals(value, 2)) return { ...base, points: null, problem: 'precision' };
  return { ...base, points: value, problem: null };
}

/**
 * Checks the points typed for each criterion (by key) and totals them as the service does: the plain sum, or with
 * weights each criterion's share of its maximum times its weight, on 100.
 */
export function checkSheet(
  criteria: readonly Criterion[],
  texts: Readonly<Record<string, string>>,
  comment = '',
): SheetCheck {
  const weighted = usesWeights(criteria);
  const lines = criteria.map((criterion) => lineOf(criterion, texts[criterion.key] ?? ''));
  let total = 0;
  criteria.forEach((criterion, index) => {
    const points = lines[index]!.points;
    if (points === null) return;
    total += weighted ? ((criterion.weight ?? 0) * points * 100) / criterion.maxPoints : points;
  });
  const filled = lines.filter((line) => line.points !== null).length;
  const complete = filled === lines.length;
  const commentTooLong = [...comment.normalize('NFC')].length > MAX_COMMENT_LENGTH;
  const savable =
    lines.every((line) => line.problem === null || line.problem === 'missing') && !commentTooLong;
  return {
    lines,
    total,
    maxTotal: maxTotalOf(criteria),
    filled,
    complete,
    savable,
    submittable: complete && savable,
    commentTooLong,
  };
}

/** The texts of the boxes for a saved sheet (empty boxes without one). */
export function sheetTexts(criteria: readonly Criterion[], score: Score | null): Record<string, string> {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const points = score?.points[criterion.key];
      return [criterion.key, points === undefined ? '' : String(points)];
    }),
  );
}

/** What is sent: the valid points (all of them when submitting), the comment and the state. */
export function sheetInput(check: SheetCheck, comment: string, state: ScoreState): ScoreInput {
  const points: Record<string, number> = {};
  for (const line of check.lines) if (line.points !== null) points[line.key] = line.points;
  return { points, comment, state };
}

/** Why a sheet can only be read: the round is not open yet, is closed, or the results are final. */
export type SheetLock = 'not-open' | 'closed' | 'finalised' | null;

/** Problem codes of the service that mean the sheet can no longer change. */
const LOCKING_CODES: Readonly<Record<string, SheetLock>> = {
  'score.round_closed': 'closed',
  'results.finalised': 'finalised',
};

/**
 * Whether the judge may still change the sheet: only while the round is open and the results are not final. A
 * refusal of the service naming a closed round or final results locks it too, whatever the page loaded earlier.
 */
export function sheetLock(
  status: RoundStatus,
  finalised: boolean,
  refusalCodes: readonly (string | null)[] = [],
): SheetLock {
  if (finalised) return 'finalised';
  for (const code of refusalCodes) {
    const lock = code ? LOCKING_CODES[code] : undefined;
    if (lock) return lock;
  }
  if (status === 'closed') return 'closed';
  if (status === 'not-open') return 'not-open';
  return null;
}
