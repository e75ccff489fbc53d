import { HttpProblem } from '@cchc/service-kit';
import type { Province, Unit } from '../generated/prisma/client.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

export const provinceState = (province: Province) => ({
  code: province.code,
  name: province.name,
  status: province.status,
  mergedInto: province.mergedInto,
});
export const unitState = (unit: Unit) => ({
  id: unit.id,
  provinceCode: unit.provinceCode,
  parentId: unit.parentId,
  code: unit.code,
  name: unit.name,
  kind: unit.kind,
  status: unit.status,
});
export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function provinceIn(tx: TenantTransaction, code: string) {
  const found = await tx.province.findUnique({ where: { code } });
  if (!found) throw new HttpProblem(404, `No province ${code}`);
  return found;
}

export async function unitIn(tx: TenantTransaction, code: string, id: string) {
  // Row-level security already hides other provinces' units; the filter makes the 404 say which province.
  const found = await tx.unit.findFirst({ where: { id, provinceCode: code } });
  if (!found) throw new HttpProblem(404, `No unit ${id} in province ${code}`);
  return found;
}

export function ensureActive(status: string, what: string) {
  if (status !== 'active') throw new HttpProblem(409, `${what} is ${status} and cannot change`);
}
