import type { EntryDraft } from '@cchc/submissions-domain';
import {
  deleteFingerprint,
  DUPLICATE_THRESHOLD,
  findSimilarEntries,
  upsertFingerprints,
  visibleMatch,
  type EntryText,
  type Queryable,
} from '@cchc/submissions-novelty';
import { Type, type Static } from 'typebox';
import type { Entry as EntryRow } from '../generated/prisma/client.ts';
import { predecessorsOf } from '../registry/lineage.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

/** The closest entries a check returns, whatever their score; the council judges below the threshold itself. */
const CLOSEST = 10;

const Score = Type.Number({ minimum: 0, maximum: 1 });
export const NoveltyReport = Type.Object({
  entryId: Type.String({ format: 'uuid' }),
  checkedAt: Type.String({ format: 'date-time' }),
  threshold: Type.Number({ description: 'At or above this score an entry looks like a duplicate' }),
  matches: Type.Array(
    Type.Union([
      Type.Object({
        restricted: Type.Literal(false),
        entryId: Type.String({ format: 'uuid' }),
        provinceCode: Type.String(),
        year: Type.Integer(),
        title: Type.String(),
        score: Score,
        matchedFields: Type.Array(Type.String()),
        sameProvince: Type.Boolean(),
        published: Type.Boolean(),
      }),
      Type.Object(
        {
          restricted: Type.Literal(true),
          provinceCode: Type.String(),
          year: Type.Integer(),
          title: Type.String(),
          score: Score,
        },
        { description: "Another province's unpublished entry: only its province, year, title and score" },
      ),
    ]),
    { description: 'Best first' },
  ),
});
export type NoveltyReport = Static<typeof NoveltyReport>;

/** The novelty library's view of a Prisma transaction: the same plain parameterised SQL, through Prisma. */
const queryableOf = (tx: TenantTransaction): Queryable => ({
  query: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }),
});

const textOf = (content: EntryDraft): EntryText => ({
  title: content.title ?? '',
  situation: content.currentSituation ?? '',
  solution: content.solution ?? '',
  benefits: content.benefits ?? '',
});

/**
 * Compares the entry with every entry of every province and year; the province's predecessors count as the
 * province itself. Another province's unpublished entry comes back as province, year, title and score only.
 */
export async function checkNovelty(tx: TenantTransaction, entry: EntryRow, at: Date): Promise<NoveltyReport> {
  const predecessors = await predecessorsOf(tx, 'province', entry.provinceCode);
  const matches = await findSimilarEntries(queryableOf(tx), {
    text: textOf(entry.content as EntryDraft),
    provinceCode: entry.provinceCode,
    predecessorCodes: predecessors.map((link) => link.key),
    excludeEntryId: entry.id,
    limit: CLOSEST,
    threshold: 0,
  });
  return {
    entryId: entry.id,
    checkedAt: at.toISOString(),
    threshold: DUPLICATE_THRESHOLD,
    matches: matches.map(visibleMatch) as NoveltyReport['matches'],
  };
}

/** Keeps the submitted entry's fingerprint, so later entries of every province are compared with it. */
export async function rememberSubmitted(
  tx: TenantTransaction,
  entry: EntryRow,
  contestYear: number,
): Promise<void> {
  await upsertFingerprints(queryableOf(tx), [
    {
      entryId: entry.id,
      provinceCode: entry.provinceCode,
      contestYear,
      fieldKey: entry.fieldKey,
      published: false,
      ...textOf(entry.content as EntryDraft),
    },
  ]);
}

/** A withdrawn entry is no longer compared with. */
export async function forgetWithdrawn(tx: TenantTransaction, entryId: string): Promise<void> {
  await deleteFingerprint(queryableOf(tx), entryId);
}
