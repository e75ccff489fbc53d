import type { AuthContext } from '@cchc/auth';
import { CONFIDENTIAL_READER_ROLES, entryContentFor, type EntryDraft } from '@cchc/submissions-domain';
import { Type } from 'typebox';
import type { Entry as EntryRow } from '../generated/prisma/client.ts';
import { NoveltyReport } from '../novelty/entry-novelty.ts';

/** Roles that see every entry of their province (the rest see their own, coordinators their unit's). */
const PROVINCE_READER_ROLES = [...CONFIDENTIAL_READER_ROLES, 'analyst'];

export const EntryView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  contestId: Type.String({ format: 'uuid' }),
  provinceCode: Type.String(),
  unitId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  entrantKind: Type.String(),
  ownerId: Type.String(),
  status: Type.String(),
  title: Type.String(),
  fieldKey: Type.String(),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  screeningNote: Type.Union([Type.String(), Type.Null()]),
  revision: Type.Integer(),
  novelty: Type.Union([NoveltyReport, Type.Null()], {
    description: 'The closest entries of every province found when it was submitted',
  }),
  content: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The application; confidential sections only for the province council and admins',
  }),
});

/** Whether the caller may read the entry at all (the province is already the caller's); `callerUnits` is the coordinator's unit lineage. */
export function mayRead(caller: AuthContext, entry: EntryRow, callerUnits: readonly string[]): boolean {
  return (
    entry.ownerId === caller.userId ||
    caller.roles.some((role) => PROVINCE_READER_ROLES.includes(role)) ||
    (caller.roles.includes('unit-coordinator') && entry.unitId !== null && callerUnits.includes(entry.unitId))
  );
}

/** The entry as the caller may see it: confidential sections removed unless the caller wrote it or may read them. */
export function entryView(row: EntryRow, caller: AuthContext) {
  return {
    id: row.id,
    contestId: row.contestId,
    provinceCode: row.provinceCode,
    unitId: row.unitId,
    entrantKind: row.entrantKind,
    ownerId: row.ownerId,
    status: row.status,
    title: row.title,
    fieldKey: row.fieldKey,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    screeningNote: row.screeningNote,
    revision: row.revision,
    novelty: row.noveltyMatches as NoveltyReport | null,
    // The account that wrote the entry reads all of it, as it wrote it.
    content: (row.ownerId === caller.userId
      ? row.content
      : entryContentFor(caller, {
          provinceCode: row.provinceCode,
          content: row.content as EntryDraft,
        })) as Record<string, unknown>,
  };
}

/** What the entry events carry (libs/contracts): no confidential sections, authors' names and shares only. */
export function entryState(row: EntryRow) {
  const content = row.content as EntryDraft;
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    contestId: row.contestId,
    unitId: row.unitId,
    entrantKind: row.entrantKind,
    ownerId: row.ownerId,
    status: row.status,
    title: row.title,
    fieldKey: row.fieldKey,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    authors: (content.authors ?? []).map((author) => ({
      name: author.name ?? '',
      workplace: author.workplace ?? '',
      contributionPercent: author.contributionPercent ?? 0,
    })),
  };
}
