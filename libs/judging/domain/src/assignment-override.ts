import { Type, type Static } from 'typebox';
import type { Assignment } from './assignment.ts';
import { conflictedJudge, unknownEntry, unknownJudge } from './assignment-problems.ts';
import { conflictTest, type Conflict } from './conflicts.ts';
import { conflict, fail, invalid, ok, type Problem, type Result } from './result.ts';

/** A manual change to one entry's judges: add one, remove one, or both (a swap). */
export const AssignmentOverride = Type.Object(
  {
    entryId: Type.String(),
    addJudgeId: Type.Optional(Type.String()),
    removeJudgeId: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type AssignmentOverride = Static<typeof AssignmentOverride>;

export interface OverrideContext {
  conflicts: readonly Pick<Conflict, 'judgeId' | 'entryId'>[];
  entryIds: readonly string[];
  judgeIds: readonly string[];
}

function overrideProblems(
  assignments: readonly Assignment[],
  { entryId, addJudgeId, removeJudgeId }: AssignmentOverride,
  context: OverrideContext,
): Problem[] {
  if (addJudgeId === undefined && removeJudgeId === undefined) {
    return [
      invalid('', 'assignment.override.empty', 'Name a judge to add, to remove, or both.', {
        messageVi: 'Cần chọn thành viên cần thêm hoặc cần bỏ.',
      }),
    ];
  }
  if (!context.entryIds.includes(entryId)) return [unknownEntry('entryId', entryId)];
  const onEntry = new Set(assignments.filter((a) => a.entryId === entryId).map((a) => a.judgeId));
  const problems: Problem[] = [];
  if (removeJudgeId !== undefined && !onEntry.has(removeJudgeId)) {
    problems.push(
      invalid(
        'removeJudgeId',
        'assignment.judge.not_assigned',
        `${removeJudgeId} is not assigned to entry ${entryId}.`,
        {
          messageVi: 'Thành viên này không được phân công chấm bài dự thi này.',
          params: { judgeId: removeJudgeId, entryId },
        },
      ),
    );
  }
  if (addJudgeId === undefined) return problems;
  if (!context.judgeIds.includes(addJudgeId)) {
    problems.push(unknownJudge('addJudgeId', addJudgeId));
  } else if (conflictTest(context.conflicts)(addJudgeId, entryId)) {
    problems.push(conflictedJudge('addJudgeId', addJudgeId, entryId));
  } else if (onEntry.has(addJudgeId) && addJudgeId !== removeJudgeId) {
    problems.push(
      conflict(
        'addJudgeId',
        'assignment.judge.already_assigned',
        `${addJudgeId} already scores entry ${entryId}.`,
        {
          messageVi: 'Thành viên này đã được phân công chấm bài dự thi này.',
          params: { judgeId: addJudgeId, entryId },
        },
      ),
    );
  }
  return problems;
}

/**
 * Changes one entry's judges by hand, refusing a judge with a conflict of interest, a judge outside the council and
 * a judge already on the entry. Returns the whole new set. Whether a removed judge's submitted score may be
 * discarded is the caller's decision.
 */
export function overrideAssignment(
  assignments: readonly Assignment[],
  override: AssignmentOverride,
  context: OverrideContext,
): Result<Assignment[]> {
  const problems = overrideProblems(assignments, override, context);
  if (problems.length > 0) return fail(problems);
  const { entryId, addJudgeId, removeJudgeId } = override;
  const kept = assignments.filter((a) => !(a.entryId === entryId && a.judgeId === removeJudgeId));
  return ok(addJudgeId === undefined ? kept : [...kept, { entryId, judgeId: addJudgeId }]);
}
