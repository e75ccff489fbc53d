import { describe, expect, it } from 'vitest';
import { changeCouncil } from './council-change.ts';
import type { Result } from './result.ts';
import { sampleCouncil } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const newcomer = { userId: 'u-new', name: 'Sầm Văn Mới', role: 'member' as const, unitId: 'so-khdt' };

describe('council changes', () => {
  it('adds, replaces and removes members freely before judging starts', () => {
    const before = { judgingStarted: false };
    const added = changeCouncil(sampleCouncil(), { kind: 'add', member: newcomer }, before);
    expect(added.ok && added.value.members.map((m) => m.userId)).toContain('u-new');
    const replaced = changeCouncil(
      sampleCouncil(),
      { kind: 'replace', userId: 'u-ict', member: newcomer },
      before,
    );
    expect(replaced.ok && replaced.value.members[6]!.userId).toBe('u-new');
    const removed = changeCouncil(sampleCouncil(), { kind: 'remove', userId: 'u-ict' }, before);
    expect(removed.ok && removed.value.members).toHaveLength(6);
  });

  it('requires a reason once judging has started', () => {
    const change = { kind: 'remove', userId: 'u-ict' } as const;
    expect(problemsOf(changeCouncil(sampleCouncil(), change, { judgingStarted: true, reason: ' ' }))).toEqual(
      [{ field: 'reason', code: 'council.change.reason_required' }],
    );
    expect(
      changeCouncil(sampleCouncil(), change, { judgingStarted: true, reason: 'Chuyển công tác' }).ok,
    ).toBe(true);
  });

  it('refuses to change someone who is not a member', () => {
    expect(
      problemsOf(
        changeCouncil(
          sampleCouncil(),
          { kind: 'set-role', userId: 'u-nobody', role: 'member' },
          { judgingStarted: false },
        ),
      ),
    ).toEqual([{ field: 'userId', code: 'council.change.member_unknown' }]);
  });

  it('checks the changed council with every council rule', () => {
    const council = sampleCouncil({ quorum: 7 });
    expect(
      problemsOf(changeCouncil(council, { kind: 'remove', userId: 'u-chair' }, { judgingStarted: false })),
    ).toEqual([
      { field: 'members', code: 'council.chair.missing' },
      { field: 'quorum', code: 'council.quorum.out_of_range' },
    ]);
    expect(
      problemsOf(
        changeCouncil(
          council,
          { kind: 'set-role', userId: 'u-vice', role: 'chair' },
          { judgingStarted: false },
        ),
      ),
    ).toEqual([{ field: 'members.1.role', code: 'council.chair.multiple' }]);
  });

  it('changes the quorum', () => {
    const result = changeCouncil(
      sampleCouncil(),
      { kind: 'set-quorum', quorum: 4 },
      { judgingStarted: false },
    );
    expect(result.ok && result.value.quorum).toBe(4);
  });
});
