import type { AuthContext } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import { Type } from 'typebox';
import type { Entry as EntryRow } from '../generated/prisma/client.ts';
import { predecessorsOf } from '../registry/lineage.ts';
import { inNamedProvince, ProvinceCode, Uuid } from '../shared/province-routes.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';
import { mayRead } from './entry-records.ts';

export const EntryParams = Type.Object({ code: ProvinceCode, entryId: Uuid });

/** Who writes entries: authors for themselves, unit coordinators for their unit. */
export const entrant = inNamedProvince('author', 'unit-coordinator');

/** The caller's unit in the registry, from the token's `unit` claim (a unit code of their province). */
export async function callerUnitId(
  tx: TenantTransaction,
  caller: AuthContext,
  province: string,
): Promise<string | null> {
  if (!caller.unit) return null;
  const unit = await tx.unit.findFirst({
    where: { provinceCode: province, code: caller.unit },
    select: { id: true },
  });
  return unit?.id ?? null;
}

/** The caller's unit and every unit merged into it: a coordinator keeps seeing the entries of merged units. */
export async function callerUnitLineage(
  tx: TenantTransaction,
  caller: AuthContext,
  province: string,
): Promise<string[]> {
  const own = await callerUnitId(tx, caller, province);
  if (!own) return [];
  const predecessors = await predecessorsOf(tx, 'unit', own);
  return [own, ...predecessors.map((link) => link.key)];
}

/** The entry, when the caller may read it; 404 otherwise. */
export async function readableEntry(
  tx: TenantTransaction,
  caller: AuthContext,
  province: string,
  id: string,
) {
  const row = await tx.entry.findFirst({ where: { id, provinceCode: province } });
  // Another's entry answers as a missing one: its existence is not the caller's business.
  if (!row || !mayRead(caller, row, await callerUnitLineage(tx, caller, province))) {
    throw new HttpProblem(404, `No entry ${id} in province ${province}`);
  }
  return row;
}

/** Refuses (403) anyone but the account that wrote the entry. */
export function ownEntry(row: EntryRow, caller: AuthContext) {
  if (row.ownerId !== caller.userId)
    throw new HttpProblem(403, 'Only the account that wrote the entry may do this');
}
