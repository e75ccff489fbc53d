import type { councilChanged } from '@cchc/contracts';
import type { Council, CouncilMember } from '@cchc/judging-domain';
import type { Static } from 'typebox';
import type { Council as CouncilRow } from '../generated/prisma/client.ts';

/** The council a row holds. */
export function councilOf(row: CouncilRow): Council {
  return {
    contestId: row.contestId,
    decision: {
      number: row.decisionNumber,
      date: row.decisionDate.toISOString().slice(0, 10),
      signer: row.decisionSigner,
    },
    members: row.members as CouncilMember[],
    quorum: row.quorum,
  };
}

/** The columns of a council, as written. */
export function councilColumns(council: Council) {
  return {
    decisionNumber: council.decision.number,
    decisionDate: new Date(`${council.decision.date}T00:00:00Z`),
    decisionSigner: council.decision.signer,
    members: council.members,
    quorum: council.quorum,
  };
}

/** What the council events carry. */
export function councilState(
  council: Council,
  provinceCode: string,
): Static<typeof councilChanged.data>['council'] {
  return { ...council, provinceCode };
}
