import type {
  Council,
  CouncilCandidate,
  CouncilInput,
  CouncilRole,
  UnitInTree,
} from '@cchc/portal-data-access';

/** A member as the council form holds them, with the name of their unit to show. */
export interface MemberDraft {
  userId: string;
  name: string;
  role: CouncilRole;
  unitId: string | null;
  /** The unit's name, or the code the identity provider gave when the registry has no such unit. */
  unitName: string | null;
}

/** The council form: the decision, the members and the quorum as typed. */
export interface CouncilDraft {
  number: string;
  /** `YYYY-MM-DD` */
  date: string;
  signer: string;
  members: MemberDraft[];
  quorum: string;
}

/** A majority of the members, which a council that says nothing else needs to decide. */
export function majorityOf(members: number): number {
  return members > 0 ? Math.floor(members / 2) + 1 : 0;
}

/** The form for an existing council, or an empty one. */
export function councilDraft(council: Council | null, units: readonly UnitInTree[]): CouncilDraft {
  if (!council) return { number: '', date: '', signer: '', members: [], quorum: '' };
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return {
    number: council.decision.number,
    date: council.decision.date,
    signer: council.decision.signer,
    members: council.members.map((member) => ({
      ...member,
      unitName: member.unitId ? (names.get(member.unitId) ?? null) : null,
    })),
    quorum: String(council.quorum),
  };
}

/**
 * A candidate as a new member: their role on the council follows their realm role (chair, secretary, else member),
 * their unit is the registry's unit with the code the identity provider gives, so conflicts of interest by unit work.
 */
export function memberOf(candidate: CouncilCandidate, units: readonly UnitInTree[]): MemberDraft {
  const unit = candidate.unit
    ? units.find((each) => each.code === candidate.unit || each.id === candidate.unit)
    : null;
  const role: CouncilRole = candidate.roles.includes('council-chair')
    ? 'chair'
    : candidate.roles.includes('council-secretary')
      ? 'secretary'
      : 'member';
  return {
    userId: candidate.userId,
    name: candidate.name,
    role,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? candidate.unit,
  };
}

/** The candidates not on the council yet, by name in Vietnamese order. */
export function availableCandidates(
  candidates: readonly CouncilCandidate[],
  members: readonly MemberDraft[],
): CouncilCandidate[] {
  const chosen = new Set(members.map((member) => member.userId));
  return candidates
    .filter((candidate) => !chosen.has(candidate.userId))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** What is sent; a quorum that is not a whole number goes as typed for the service to name. */
export function councilInput(draft: CouncilDraft): CouncilInput {
  const quorum = Number(draft.quorum.trim());
  return {
    decision: { number: draft.number.trim(), date: draft.date, signer: draft.signer.trim() },
    members: draft.members.map(({ userId, name, role, unitId }) => ({ userId, name, role, unitId })),
    quorum: draft.quorum.trim() === '' || !Number.isFinite(quorum) ? 0 : quorum,
  };
}
