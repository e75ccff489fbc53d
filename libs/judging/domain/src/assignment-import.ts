import type { Assignment } from './assignment.ts';
import { conflictedJudge, unknownEntry, unknownJudge } from './assignment-problems.ts';
import { pairKey } from './pair-key.ts';
import { conflictTest, type Conflict } from './conflicts.ts';
import { fail, invalid, resultOf, type Problem, type Result } from './result.ts';
import { duplicatesOf } from './text.ts';

/** One row of an assignment import, once the service has read the file and mapped codes to ids. */
export interface AssignmentRow {
  entryId: string;
  judgeId: string;
}

/**
 * Checks the rows of an assignment import, every row at once: the entry is one of the round's, the judge one of the
 * council's, the pair has no conflict of interest and is not repeated. Problems are named `rows.<index>.<column>`
 * (index from 0); the service turns the index into the file's line number.
 */
export function validateAssignmentRows(
  rows: readonly AssignmentRow[],
  knownEntries: readonly string[],
  knownJudges: readonly string[],
  conflicts: readonly Pick<Conflict, 'judgeId' | 'entryId'>[],
): Result<Assignment[]> {
  if (rows.length === 0) {
    return fail(
      invalid('rows', 'assignment.rows.empty', 'The file has no assignments.', {
        messageVi: 'Tệp không có dòng phân công nào.',
      }),
    );
  }
  const entries = new Set(knownEntries);
  const judges = new Set(knownJudges);
  const isConflicted = conflictTest(conflicts);
  const problems: Problem[] = [];
  rows.forEach(({ entryId, judgeId }, index) => {
    const at = (column: string) => `rows.${index}.${column}`;
    if (!entries.has(entryId)) problems.push(unknownEntry(at('entryId'), entryId));
    if (!judges.has(judgeId)) problems.push(unknownJudge(at('judgeId'), judgeId));
    else if (isConflicted(judgeId, entryId)) problems.push(conflictedJudge(at('judgeId'), judgeId, entryId));
  });
  for (const index of duplicatesOf(rows, (row) => pairKey(row.judgeId, row.entryId))) {
    problems.push(
      invalid(
        `rows.${index}`,
        'assignment.rows.duplicate',
        `Row ${index + 1} repeats an earlier assignment.`,
        {
          messageVi: `Dòng ${index + 1} trùng với một dòng phân công phía trên.`,
          params: { row: index + 1 },
        },
      ),
    );
  }
  return resultOf(problems, () => rows.map(({ entryId, judgeId }) => ({ entryId, judgeId })));
}
