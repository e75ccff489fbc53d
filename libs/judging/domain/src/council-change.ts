import { Type, type Static } from 'typebox';
import { CouncilMember, CouncilRole, type Council } from './council.ts';
import { validateCouncil } from './council-validation.ts';
import { fail, invalid, type Result } from './result.ts';
import { isBlank } from './text.ts';

export const CouncilChange = Type.Union([
  Type.Object({ kind: Type.Literal('add'), member: CouncilMember }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('remove'), userId: Type.String() }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('replace'), userId: Type.String(), member: CouncilMember },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('set-role'), userId: Type.String(), role: CouncilRole },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('set-quorum'), quorum: Type.Integer() }, { additionalProperties: false }),
]);
export type CouncilChange = Static<typeof CouncilChange>;

export interface CouncilChangeContext {
  /** Whether any judge may already have scored (the first round has opened for scoring). */
  judgingStarted: boolean;
  /** Why the council changes; required once judging has started, and then kept with the change. */
  reason?: string | null;
}

function applyChange(council: Council, change: CouncilChange): Council {
  const { members } = council;
  switch (change.kind) {
    case 'add':
      return { ...council, members: [...members, change.member] };
    case 'remove':
      return { ...council, members: members.filter((member) => member.userId !== change.userId) };
    case 'replace':
      return {
        ...council,
        members: members.map((member) => (member.userId === change.userId ? change.member : member)),
      };
    case 'set-role':
      return {
        ...council,
        members: members.map((member) =>
          member.userId === change.userId ? { ...member, role: change.role } : member,
        ),
      };
    case 'set-quorum':
      return { ...council, quorum: change.quorum };
  }
}

/**
 * Applies a change to the council's members or quorum. Before judging starts anything valid goes; afterwards a
 * reason is required, since members changing while entries are being scored must be explained in the minutes. The
 * changed council must pass every council rule (removing the chair or dropping below the quorum is refused).
 * Reassigning the entries of a removed judge is the caller's next step.
 */
export function changeCouncil(
  council: Council,
  change: CouncilChange,
  { judgingStarted, reason }: CouncilChangeContext,
): Result<Council> {
  if (judgingStarted && isBlank(reason)) {
    return fail(
      invalid(
        'reason',
        'council.change.reason_required',
        'Once judging has started, a change needs a reason.',
        {
          messageVi: 'Hội đồng đã bắt đầu chấm điểm: cần ghi rõ lý do thay đổi thành viên.',
        },
      ),
    );
  }
  if ('userId' in change && !council.members.some((member) => member.userId === change.userId)) {
    return fail(
      invalid('userId', 'council.change.member_unknown', `${change.userId} is not a member of the council.`, {
        messageVi: 'Người này không phải là thành viên Hội đồng.',
        params: { userId: change.userId },
      }),
    );
  }
  return validateCouncil(applyChange(council, change));
}
