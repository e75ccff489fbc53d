/** What ranking needs of an entry's round result. */
export interface Rankable {
  entryId: string;
  /** The score ranked on, compared exactly (never the two-decimal display value). */
  score: number;
  /** Aggregated points per criterion, for the tie-breaks. */
  criteria: Readonly<Record<string, number>>;
  submittedAt: string;
}

/** Which comparison put an entry below the one ranked just above it. */
export type TieBreak = 'score' | `criterion:${string}` | 'submitted-at' | 'entry-id';

export type Ranked<T> = T & {
  /** 1 for the best; every entry has its own rank. */
  rank: number;
  /** Null for the first entry. */
  decidedBy: TieBreak | null;
};

interface Keyed<T> {
  item: T;
  time: number;
}

function compare<T extends Rankable>(
  a: Keyed<T>,
  b: Keyed<T>,
  priority: readonly string[],
): { order: number; by: TieBreak } {
  if (a.item.score !== b.item.score) return { order: a.item.score > b.item.score ? -1 : 1, by: 'score' };
  for (const key of priority) {
    const left = a.item.criteria[key]!;
    const right = b.item.criteria[key]!;
    if (left !== right) return { order: left > right ? -1 : 1, by: `criterion:${key}` };
  }
  if (a.time !== b.time) return { order: a.time < b.time ? -1 : 1, by: 'submitted-at' };
  // code-unit order, not the locale's, so that the result never depends on where it runs
  const order = a.item.entryId < b.item.entryId ? -1 : a.item.entryId > b.item.entryId ? 1 : 0;
  return { order, by: 'entry-id' };
}

/**
 * Ranks entries: the higher score first; on equal scores the higher aggregated points on each criterion of
 * `criterionPriority` in turn; then the earlier submission; then the entry id, so that no two entries ever share a
 * rank and the same input always gives the same order. Ranks run 1..n.
 */
export function rankEntries<T extends Rankable>(
  items: readonly T[],
  criterionPriority: readonly string[],
): Ranked<T>[] {
  const keyed = items
    .map((item) => ({ item, time: Date.parse(item.submittedAt) }))
    .sort((a, b) => compare(a, b, criterionPriority).order);
  return keyed.map(({ item }, index) => ({
    ...item,
    rank: index + 1,
    decidedBy: index === 0 ? null : compare(keyed[index - 1]!, keyed[index]!, criterionPriority).by,
  }));
}
