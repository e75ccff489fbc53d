import { Type, type Static } from 'typebox';
import { pairKey } from './pair-key.ts';
import { nameKey } from './text.ts';

/** What conflict rules need of a judge. `dateOfBirth` (`YYYY-MM-DD`) separates namesakes when both sides have it. */
export interface JudgeIdentity {
  userId: string;
  name: string;
  unitId: string | null;
  dateOfBirth?: string | null;
}

/** An author as the judging service knows them; `userId` when the author has an account on the platform. */
export interface EntryAuthor {
  userId?: string | null;
  name: string;
  dateOfBirth?: string | null;
}

/** What conflict rules need of an entry. */
export interface EntryParties {
  id: string;
  unitId: string | null;
  authors: readonly EntryAuthor[];
}

/** A judge's own declaration that they should not score an entry (e.g. a relative wrote it). */
export const Recusal = Type.Object(
  {
    judgeId: Type.String(),
    entryId: Type.String(),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type Recusal = Static<typeof Recusal>;

export const AuthorMatch = Type.Enum(['user-id', 'name-and-birth-date', 'name']);
export type AuthorMatch = Static<typeof AuthorMatch>;

/** Why a judge must not score an entry. */
export const ConflictReason = Type.Union([
  Type.Object({ kind: Type.Literal('same-unit'), unitId: Type.String() }),
  Type.Object({ kind: Type.Literal('author'), authorIndex: Type.Integer(), matchedOn: AuthorMatch }),
  Type.Object({ kind: Type.Literal('declared'), reason: Type.String() }),
]);
export type ConflictReason = Static<typeof ConflictReason>;

/** Every reason one judge has not to score one entry. */
export interface Conflict {
  judgeId: string;
  entryId: string;
  reasons: ConflictReason[];
}

/**
 * How an author is matched to the judge: by account when the author has one (a name then proves nothing either
 * way); otherwise by name, and by date of birth too when both sides have one. Without dates a namesake counts as a
 * match: wrongly keeping a judge off an entry costs far less than letting an author score their own work.
 */
function authorMatch(judge: JudgeIdentity, author: EntryAuthor): AuthorMatch | null {
  if (author.userId) return author.userId === judge.userId ? 'user-id' : null;
  if (nameKey(author.name) !== nameKey(judge.name)) return null;
  if (author.dateOfBirth && judge.dateOfBirth) {
    return author.dateOfBirth === judge.dateOfBirth ? 'name-and-birth-date' : null;
  }
  return 'name';
}

function automaticReasons(judge: JudgeIdentity, entry: EntryParties): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (judge.unitId !== null && judge.unitId === entry.unitId) {
    reasons.push({ kind: 'same-unit', unitId: judge.unitId });
  }
  entry.authors.forEach((author, authorIndex) => {
    const matchedOn = authorMatch(judge, author);
    if (matchedOn) reasons.push({ kind: 'author', authorIndex, matchedOn });
  });
  return reasons;
}

function declaredReasons(recusals: readonly Recusal[]): ConflictReason[] {
  return recusals.map(({ reason }) => ({ kind: 'declared', reason }));
}

/**
 * Why `judge` must not score `entry`: the entry comes from the judge's unit, the judge is one of its authors, or the
 * judge declared a recusal. An empty list means no conflict.
 */
export function conflictsOf(
  judge: JudgeIdentity,
  entry: EntryParties,
  recusals: readonly Recusal[] = [],
): ConflictReason[] {
  const declared = recusals.filter(
    (recusal) => recusal.judgeId === judge.userId && recusal.entryId === entry.id,
  );
  return [...automaticReasons(judge, entry), ...declaredReasons(declared)];
}

/** Every conflicted judge–entry pair among `judges` and `entries`, in the order of the judges, then the entries. */
export function findConflicts(
  judges: readonly JudgeIdentity[],
  entries: readonly EntryParties[],
  recusals: readonly Recusal[] = [],
): Conflict[] {
  const declared = new Map<string, Recusal[]>();
  for (const recusal of recusals) {
    const key = pairKey(recusal.judgeId, recusal.entryId);
    declared.set(key, [...(declared.get(key) ?? []), recusal]);
  }
  const conflicts: Conflict[] = [];
  for (const judge of judges) {
    for (const entry of entries) {
      const reasons = [
        ...automaticReasons(judge, entry),
        ...declaredReasons(declared.get(pairKey(judge.userId, entry.id)) ?? []),
      ];
      if (reasons.length > 0) conflicts.push({ judgeId: judge.userId, entryId: entry.id, reasons });
    }
  }
  return conflicts;
}

/** A constant-time test of whether a judge–entry pair is among `conflicts`. */
export function conflictTest(
  conflicts: readonly Pick<Conflict, 'judgeId' | 'entryId'>[],
): (judgeId: string, entryId: string) => boolean {
  const pairs = new Set(conflicts.map((conflict) => pairKey(conflict.judgeId, conflict.entryId)));
  return (judgeId, entryId) => pairs.has(pairKey(judgeId, entryId));
}
