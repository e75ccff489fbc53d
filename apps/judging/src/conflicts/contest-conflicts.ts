import {
  findConflicts,
  type Conflict,
  type Council,
  type EntryParties,
  type JudgeIdentity,
  type Recusal,
} from '@cchc/judging-domain';
import type { Entry } from '../generated/prisma/client.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

/** The council's members as the conflict rules see them. */
export function judgesOf(council: Council): JudgeIdentity[] {
  return council.members.map(({ userId, name, unitId }) => ({ userId, name, unitId }));
}

/** An entry's unit and authors; the account that submitted it counts as an author. */
export function partiesOf(entry: Pick<Entry, 'id' | 'unitId' | 'authors' | 'ownerId'>): EntryParties {
  const named = (entry.authors as { name: string }[]).map(({ name }) => ({ name }));
  return {
    id: entry.id,
    unitId: entry.unitId,
    authors: entry.ownerId ? [...named, { userId: entry.ownerId, name: '' }] : named,
  };
}

/** The recusals declared in a contest. */
export async function recusalsOf(
  tx: TenantTransaction,
  province: string,
  contestId: string,
): Promise<Recusal[]> {
  const rows = await tx.recusal.findMany({
    where: { contestId, provinceCode: province },
    orderBy: { declaredAt: 'asc' },
  });
  return rows.map(({ judgeId, entryId, reason }) => ({ judgeId, entryId, reason }));
}

/** Every conflicted pair of the council's members and these entries: automatic and declared. */
export async function contestConflicts(
  tx: TenantTransaction,
  province: string,
  council: Council,
  entries: readonly Entry[],
): Promise<Conflict[]> {
  const recusals = await recusalsOf(tx, province, council.contestId);
  return findConflicts(judgesOf(council), entries.map(partiesOf), recusals);
}
