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

/**
 * Compares two entries for sorting. The sign is the order; the size is the step that decided it, so that sorting
 * allocates nothing: 1 the score, 2 to p + 1 the tie-break criteria in turn, p + 2 the submission time, p + 3 the id.
 */
function compare<T extends Rankable>(a: Keyed<T>, b: Keyed<T>, priority: readonly string[]): number {
  if (a.item.score !== b.item.score) return a.item.score > b.item.score ? -1 : 1;
  for (let index = 0; index < priority.length; index += 1) {
    const key = priority[index]!;
    const left = a.item.criteria[key]!;
    const right = b.item.criteria[key]!;
    if (left !== right) return left > right ? -(index + 2) : index + 2;
  }
  const timeStep = priority.length + 2;
  if (a.time !== b.time) return a.time < b.time ? -timeStep : timeStep;
  // code-unit order, not the locale's, so that the result never depends on where it runs
  const idStep = priority.length + 3;
  return a.item.entryId < b.item.entryId ? -idStep : a.item.entryId > b.item.entryId ? idStep : 0;
}

function tieBreakOf(step: number, priority: readonly string[]): TieBreak {
  if (step === 1) return 'score';
  if (step >= 2 && step <= priority.length + 1) return `criterion:${priority[step - 2]}`;
  return step === priority.length + 2 ? 'submitted-at' : 'entry-id';
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
    .sort((a, b) => compare(a, b, criterionPriority));
  return keyed.map(({ item }, index) => ({
    ...item,
    rank: index + 1,
    decidedBy:
      index === 0
        ? null
        : tieBreakOf(
            Math.abs(compare(keyed[index - 1]!, keyed[index]!, criterionPriority)),
            criterionPriority,
          ),
  }));
}
