import type { JudgeProgress } from '@cchc/portal-data-access';

/** One judge's progress as a row with a stacked bar: submitted, drafts, not started. */
export interface ProgressRow {
  judgeId: string;
  name: string;
  assigned: number;
  submitted: number;
  drafts: number;
  /** Assigned sheets neither submitted nor saved as a draft. */
  notStarted: number;
  /** Assigned sheets not submitted yet (drafts included): what keeps the round from closing. */
  missing: number;
  /** Widths of the bar's parts, in % of the judge's assigned sheets. */
  submittedPercent: number;
  draftPercent: number;
  done: boolean;
}

/** Every judge's progress and the round's as a whole. */
export interface ProgressSummary {
  rows: ProgressRow[];
  assigned: number;
  submitted: number;
  drafts: number;
  missing: number;
  /** Submitted sheets in % of the assigned ones, rounded down so that 100 means every sheet is in. */
  percent: number;
  /** Every judge has submitted every assigned sheet (and at least one sheet is assigned). */
  complete: boolean;
}

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/** The rows in the service's order; drafts count as started but not as done. */
export function progressSummary(progress: readonly JudgeProgress[]): ProgressSummary {
  const rows = progress.map((judge) => {
    const submitted = Math.min(judge.submitted, judge.assigned);
    const drafts = Math.min(judge.drafts, judge.assigned - submitted);
    const missing = judge.assigned - submitted;
    return {
      judgeId: judge.judgeId,
      name: judge.name,
      assigned: judge.assigned,
      submitted,
      drafts,
      notStarted: missing - drafts,
      missing,
      submittedPercent: percentOf(submitted, judge.assigned),
      draftPercent: percentOf(drafts, judge.assigned),
      done: missing === 0,
    };
  });
  const sum = (pick: (row: ProgressRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const assigned = sum((row) => row.assigned);
  const submitted = sum((row) => row.submitted);
  return {
    rows,
    assigned,
    submitted,
    drafts: sum((row) => row.drafts),
    missing: assigned - submitted,
    percent: assigned > 0 ? Math.floor((100 * submitted) / assigned) : 0,
    complete: assigned > 0 && submitted === assigned,
  };
}

/** A judge who still owes sheets, as the refusal to close a round names them. */
export interface MissingScores {
  judgeId: string;
  name: string;
  missing: number;
}

/**
 * The judges a `round.scores_missing` refusal lists (each problem's params name the judge and the count), with the
 * names the page knows; a judge it does not know is shown by id.
 */
export function missingScores(
  errors: readonly { code: string | null; params?: Readonly<Record<string, string | number>> }[],
  names: ReadonlyMap<string, string>,
): MissingScores[] {
  return errors.flatMap((error) => {
    const judgeId = error.params?.['judgeId'];
    const missing = Number(error.params?.['missing']);
    if (error.code !== 'round.scores_missing' || typeof judgeId !== 'string') return [];
    return [
      { judgeId, name: names.get(judgeId) ?? judgeId, missing: Number.isFinite(missing) ? missing : 0 },
    ];
  });
}
