import type { Assignment, JudgeConflict, JudgeProgress } from '@cchc/portal-data-access';

/** A judge as a column of the board, with their progress in the round. */
export interface BoardJudge {
  judgeId: string;
  name: string;
  assigned: number;
  submitted: number;
  drafts: number;
}

/** One judge on one entry. */
export interface BoardCell {
  judgeId: string;
  assigned: boolean;
  /** The judge must not score the entry (same unit, author, declared). */
  conflicted: boolean;
}

/** One entry as a row of the board: who scores it. */
export interface BoardRow {
  entryId: string;
  title: string;
  cells: BoardCell[];
  judgeCount: number;
}

export interface AssignmentBoard {
  judges: BoardJudge[];
  rows: BoardRow[];
  /** Entries no judge scores yet. */
  unassigned: number;
}

const pair = (judgeId: string, entryId: string) => `${judgeId}\u0000${entryId}`;

/**
 * The board of a round: entries (rows) × judges (columns), each cell assigned, conflicted or free. Judges are the
 * council's members in its order, then anyone else who has assignments (named by the progress, else by id).
 * Submitted sheets and drafts come from the progress.
 */
export function assignmentBoard(
  entries: readonly { id: string; title: string }[],
  members: readonly { userId: string; name: string }[],
  assignments: readonly Assignment[],
  progress: readonly JudgeProgress[],
  conflicts: readonly Pick<JudgeConflict, 'judgeId' | 'entryId'>[] = [],
): AssignmentBoard {
  const progressOf = new Map(progress.map((judge) => [judge.judgeId, judge]));
  const memberIds = new Set(members.map((member) => member.userId));
  const extra = [
    ...new Set([...progress.map((judge) => judge.judgeId), ...assignments.map((a) => a.judgeId)]),
  ]
    .filter((id) => !memberIds.has(id))
    .map((userId) => ({ userId, name: progressOf.get(userId)?.name ?? userId }));
  const judges = [...members, ...extra].map((member) => {
    const judge = progressOf.get(member.userId);
    return {
      judgeId: member.userId,
      name: member.name,
      // Counted from the assignments, which a change on this page replaces before the progress is read again.
      assigned: assignments.filter((a) => a.judgeId === member.userId).length,
      submitted: judge?.submitted ?? 0,
      drafts: judge?.drafts ?? 0,
    };
  });
  const assigned = new Set(assignments.map((a) => pair(a.judgeId, a.entryId)));
  const conflicted = new Set(conflicts.map((c) => pair(c.judgeId, c.entryId)));
  const rows = entries.map((entry) => {
    const cells = judges.map((judge) => ({
      judgeId: judge.judgeId,
      assigned: assigned.has(pair(judge.judgeId, entry.id)),
      conflicted: conflicted.has(pair(judge.judgeId, entry.id)),
    }));
    return {
      entryId: entry.id,
      title: entry.title,
      cells,
      judgeCount: cells.filter((cell) => cell.assigned).length,
    };
  });
  return { judges, rows, unassigned: rows.filter((row) => row.judgeCount === 0).length };
}

/** The problems of a refused assignment file, by line: `line 3, judge_id` is line 3, column judge_id. */
export interface ImportLine {
  /** null for the file as a whole. */
  line: number | null;
  problems: { column: string | null; code: string | null; text: string }[];
}

/** Groups a refused file's problems by line (the file as a whole first), in the reader's language. */
export function importLines(
  problems: readonly { field: string; code: string | null; message: string; messageVi: string | null }[],
  language: string,
): ImportLine[] {
  const lines = new Map<number | null, ImportLine['problems']>();
  for (const problem of problems) {
    // `line 3, judge_id` as the API names it; `line.3.judge_id` is read the same way.
    const match = /^(?:body\.)?line[ .](\d+)(?:(?:,\s*|\.)(.+))?$/i.exec(problem.field.trim());
    const line = match ? Number(match[1]) : null;
    const column = match?.[2]?.trim() || null;
    const text = language === 'vi' && problem.messageVi ? problem.messageVi : problem.message;
    lines.set(line, [...(lines.get(line) ?? []), { column, code: problem.code, text }]);
  }
  return [...lines]
    .map(([line, lineProblems]) => ({ line, problems: lineProblems }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The round's assignments as a file the import takes back: `entry_id,judge_id`, CRLF as spreadsheets write. */
export function assignmentsCsv(assignments: readonly Assignment[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = ['entry_id,judge_id', ...assignments.map((a) => `${field(a.entryId)},${field(a.judgeId)}`)];
  return `${lines.join('\r\n')}\r\n`;
}
