import { describe, expect, it } from 'vitest';
import { overrideAssignment } from './assignment-override.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code, kind }) => ({ field, code, kind }));
}

const assignments = [
  { entryId: 'e1', judgeId: 'a' },
  { entryId: 'e1', judgeId: 'b' },
  { entryId: 'e2', judgeId: 'c' },
];
const context = {
  conflicts: [{ judgeId: 'c', entryId: 'e1' }],
  entryIds: ['e1', 'e2'],
  judgeIds: ['a', 'b', 'c', 'd'],
};

describe('overriding an assignment by hand', () => {
  it('swaps one judge for another', () => {
    const result = overrideAssignment(
      assignments,
      { entryId: 'e1', removeJudgeId: 'b', addJudgeId: 'd' },
      context,
    );
    expect(result.ok && result.value).toEqual([
      { entryId: 'e1', judgeId: 'a' },
      { entryId: 'e2', judgeId: 'c' },
      { entryId: 'e1', judgeId: 'd' },
    ]);
  });

  it('adds or removes a judge alone', () => {
    const added = overrideAssignment(assignments, { entryId: 'e2', addJudgeId: 'a' }, context);
    expect(added.ok && added.value).toHaveLength(4);
    const removed = overrideAssignment(assignments, { entryId: 'e1', removeJudgeId: 'a' }, context);
    expect(removed.ok && removed.value).toHaveLength(2);
  });

  it('refuses a judge with a conflict of interest', () => {
    expect(problemsOf(overrideAssignment(assignments, { entryId: 'e1', addJudgeId: 'c' }, context))).toEqual([
      { field: 'addJudgeId', code: 'assignment.judge.conflicted', kind: 'conflict' },
    ]);
  });

  it('refuses a judge outside the council and an entry outside the round', () => {
    expect(problemsOf(overrideAssignment(assignments, { entryId: 'e1', addJudgeId: 'x' }, context))).toEqual([
      { field: 'addJudgeId', code: 'assignment.judge.unknown', kind: 'invalid' },
    ]);
    expect(problemsOf(overrideAssignment(assignments, { entryId: 'e9', addJudgeId: 'a' }, context))).toEqual([
      { field: 'entryId', code: 'assignment.entry.unknown', kind: 'invalid' },
    ]);
  });

  it('refuses a judge already on the entry', () => {
    expect(problemsOf(overrideAssignment(assignments, { entryId: 'e1', addJudgeId: 'b' }, context))).toEqual([
      { field: 'addJudgeId', code: 'assignment.judge.already_assigned', kind: 'conflict' },
    ]);
  });

  it('refuses to remove a judge who is not on the entry', () => {
    expect(
      problemsOf(overrideAssignment(assignments, { entryId: 'e2', removeJudgeId: 'a' }, context)),
    ).toEqual([{ field: 'removeJudgeId', code: 'assignment.judge.not_assigned', kind: 'invalid' }]);
  });

  it('refuses an override that names nobody', () => {
    expect(problemsOf(overrideAssignment(assignments, { entryId: 'e1' }, context))).toEqual([
      { field: '', code: 'assignment.override.empty', kind: 'invalid' },
    ]);
  });
});
