import type { TenantTransaction } from '../tenant-prisma.ts';

/** The titles of the named entries, by id, for tables that list entries by their results or slots. */
export async function entryTitles(
  tx: TenantTransaction,
  province: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const entries = await tx.entry.findMany({
    where: { id: { in: [...ids] }, provinceCode: province },
    select: { id: true, title: true },
  });
  return new Map(entries.map((entry) => [entry.id, entry.title]));
}
