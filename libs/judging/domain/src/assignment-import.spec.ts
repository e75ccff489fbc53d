import { describe, expect, it } from 'vitest';
import { validateAssignmentRows } from './assignment-import.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const entries = ['e1', 'e2'];
const judges = ['a', 'b'];
const conflicts = [{ judgeId: 'b', entryId: 'e2' }];

describe('assignment import rows', () => {
  it('turns valid rows into assignments', () => {
    const rows = [
      { entryId: 'e1', judgeId: 'a' },
      { entryId: 'e2', judgeId: 'a' },
    ];
    expect(validateAssignmentRows(rows, entries, judges, conflicts)).toEqual({ ok: true, value: rows });
  });

  it('names every bad row at once: unknown entry, unknown judge, conflicted pair, repeated pair', () => {
    const rows = [
      { entryId: 'e9', judgeId: 'a' },
      { entryId: 'e1', judgeId: 'z' },
      { entryId: 'e2', judgeId: 'b' },
      { entryId: 'e1', judgeId: 'a' },
      { entryId: 'e1', judgeId: 'a' },
    ];
    expect(problemsOf(validateAssignmentRows(rows, entries, judges, conflicts))).toEqual([
      { field: 'rows.0.entryId', code: 'assignment.entry.unknown' },
      { field: 'rows.1.judgeId', code: 'assignment.judge.unknown' },
      { field: 'rows.2.judgeId', code: 'assignment.judge.conflicted' },
      { field: 'rows.4', code: 'assignment.rows.duplicate' },
    ]);
  });

  it('refuses an empty file', () => {
    expect(problemsOf(validateAssignmentRows([], entries, judges, conflicts))).toEqual([
      { field: 'rows', code: 'assignment.rows.empty' },
    ]);
  });
});
