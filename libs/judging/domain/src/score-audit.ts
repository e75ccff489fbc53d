import type { Score, ScoreState } from './score.ts';

export interface PointChange {
  criterion: string;
  /** null: no points were given before (first save, or a draft left it empty). */
  old: number | null;
  /** null: the points were cleared (possible in a draft). */
  new: number | null;
}

/** One line of a score's history: who changed what, when. */
export interface ScoreChange {
  entryId: string;
  judgeId: string;
  round: number;
  by: string;
  at: string;
  points: PointChange[];
  comment: { old: string | null; new: string } | null;
  state: { old: ScoreState | null; new: ScoreState } | null;
}

/**
 * The audit record of saving `next` over `old` (null for the first save): each criterion whose points changed with
 * the old and new value, the comment and the state if they changed. Null when nothing changed, so an unchanged save
 * leaves no line. `by` is who saved it (the judge, or the secretary entering a paper sheet).
 */
export function scoreChange(old: Score | null, next: Score, by: string, at: Date): ScoreChange | null {
  const before = old?.points ?? {};
  const keys = [...new Set([...Object.keys(next.points), ...Object.keys(before)])];
  const points = keys
    .map((criterion) => ({ criterion, old: before[criterion] ?? null, new: next.points[criterion] ?? null }))
    .filter((change) => change.old !== change.new);
  const comment = old?.comment === next.comment ? null : { old: old?.comment ?? null, new: next.comment };
  const state = old?.state === next.state ? null : { old: old?.state ?? null, new: next.state };
  if (points.length === 0 && comment === null && state === null) return null;
  const { entryId, judgeId, round } = next;
  return { entryId, judgeId, round, by, at: at.toISOString(), points, comment, state };
}
