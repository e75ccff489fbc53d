import { Type, type Static } from 'typebox';
import { conflictTest, type Conflict } from './conflicts.ts';
import { seededRandom, shuffled } from './random.ts';
import { conflict, fail, invalid, ok, type Problem, type Result } from './result.ts';

/** One judge to score one entry in a round. */
export const Assignment = Type.Object(
  { entryId: Type.String(), judgeId: Type.String() },
  { additionalProperties: false },
);
export type Assignment = Static<typeof Assignment>;

export interface AssignmentOptions {
  /** Pairs that must never be assigned (from `findConflicts`). */
  conflicts: readonly Pick<Conflict, 'judgeId' | 'entryId'>[];
  /** Assignments to keep (a re-run after entries or judges changed); they count towards the judges' loads. */
  existing?: readonly Assignment[];
  /** The same seed with the same input gives the same plan. */
  seed?: string;
}

export interface AssignmentPlan {
  /** The complete set: kept and new assignments, in the order of the entries, then of the judges, as given. */
  assignments: Assignment[];
  /** Entries left with fewer than k judges because of conflicts, and existing assignments dropped for a conflict. */
  problems: Problem[];
}

interface Draft {
  loads: Map<string, number>;
  judgesOf: Map<string, Set<string>>;
  isConflicted: (judgeId: string, entryId: string) => boolean;
}

function assign(draft: Draft, entryId: string, judgeId: string): void {
  draft.loads.set(judgeId, draft.loads.get(judgeId)! + 1);
  draft.judgesOf.get(entryId)!.add(judgeId);
}

function unassign(draft: Draft, entryId: string, judgeId: string): void {
  draft.loads.set(judgeId, draft.loads.get(judgeId)! - 1);
  draft.judgesOf.get(entryId)!.delete(judgeId);
}

function isFree(draft: Draft, judgeId: string, entryId: string): boolean {
  return !draft.isConflicted(judgeId, entryId) && !draft.judgesOf.get(entryId)!.has(judgeId);
}

function keepExisting(draft: Draft, existing: readonly Assignment[]): Problem[] {
  const problems: Problem[] = [];
  existing.forEach(({ entryId, judgeId }, index) => {
    // assignments of entries or judges no longer in the lists are simply not part of the new set
    if (!draft.judgesOf.has(entryId) || !draft.loads.has(judgeId)) return;
    if (draft.isConflicted(judgeId, entryId)) {
      problems.push(
        conflict(
          `existing.${index}`,
          'assignment.existing.conflicted',
          `Judge ${judgeId} has a conflict of interest with entry ${entryId}; the assignment was dropped.`,
          {
            messageVi: 'Thành viên Hội đồng có xung đột lợi ích với bài dự thi này nên đã được bỏ phân công.',
            params: { entryId, judgeId },
          },
        ),
      );
    } else if (isFree(draft, judgeId, entryId)) {
      assign(draft, entryId, judgeId);
    }
  });
  return problems;
}

interface Filled {
  added: Assignment[];
  short: { index: number; entryId: string; available: number }[];
}

/** Gives each entry its missing judges, the least loaded first, the most constrained entries first. */
function fillEntries(
  draft: Draft,
  entryIds: readonly string[],
  judgeIds: readonly string[],
  k: number,
  random: () => number,
): Filled {
  const eligible = (entryId: string) => judgeIds.filter((judgeId) => isFree(draft, judgeId, entryId));
  // entries with few eligible judges go first, while every judge's load is still low
  const order = shuffled(
    entryIds.map((entryId, index) => ({ entryId, index })),
    random,
  )
    .map((entry) => ({ ...entry, eligible: eligible(entry.entryId) }))
    .sort((a, b) => a.eligible.length - b.eligible.length);
  const filled: Filled = { added: [], short: [] };
  for (const { entryId, index, eligible: candidates } of order) {
    const need = k - draft.judgesOf.get(entryId)!.size;
    if (need <= 0) continue;
    // shuffled before the stable sort, so that equally loaded judges are not always paired the same way
    const chosen = shuffled(candidates, random)
      .sort((a, b) => draft.loads.get(a)! - draft.loads.get(b)!)
      .slice(0, need);
    for (const judgeId of chosen) {
      assign(draft, entryId, judgeId);
      filled.added.push({ entryId, judgeId });
    }
    if (chosen.length < need)
      filled.short.push({ index, entryId, available: draft.judgesOf.get(entryId)!.size });
  }
  return filled;
}

/**
 * Moves new assignments from busier judges to judges with at least two fewer entries, where conflicts allow,
 * until no single move narrows the spread. Each move lowers the sum of squared loads, so this ends.
 */
function rebalance(draft: Draft, added: Assignment[], judgeOrder: readonly string[]): void {
  const load = (judgeId: string) => draft.loads.get(judgeId)!;
  for (let moved = true; moved;) {
    moved = false;
    const busiestFirst = [...added].sort((a, b) => load(b.judgeId) - load(a.judgeId));
    for (const assignment of busiestFirst) {
      const lighter = judgeOrder
        .filter(
          (judgeId) =>
            load(judgeId) <= load(assignment.judgeId) - 2 && isFree(draft, judgeId, assignment.entryId),
        )
        .sort((a, b) => load(a) - load(b))[0];
      if (lighter === undefined) continue;
      unassign(draft, assignment.entryId, assignment.judgeId);
      assign(draft, assignment.entryId, lighter);
      assignment.judgeId = lighter;
      moved = true;
    }
  }
}

function kProblems(k: number, judgeCount: number): Problem[] {
  if (!Number.isInteger(k) || k < 1) {
    return [
      invalid(
        'k',
        'assignment.k.invalid',
        `The number of judges per entry must be a whole number from 1 (got ${k}).`,
        {
          messageVi: 'Số thành viên chấm mỗi bài phải là số nguyên từ 1 trở lên.',
          params: { k },
        },
      ),
    ];
  }
  if (k > judgeCount) {
    return [
      invalid('k', 'assignment.k.exceeds_judges', `Each entry cannot get ${k} judges from ${judgeCount}.`, {
        messageVi: `Không thể phân công ${k} thành viên chấm mỗi bài khi Hội đồng chỉ có ${judgeCount} người chấm.`,
        params: { k, judges: judgeCount },
      }),
    ];
  }
  return [];
}

/**
 * Assigns each entry to k judges: never a conflicted one, spreading the work so that judges' loads differ by at
 * most one wherever conflicts leave a choice. Deterministic for a given seed. Entries that cannot get k judges
 * because too many have conflicts get all the judges they can and are reported; the plan is still returned.
 */
export function assignJudges(
  entries: readonly { id: string }[],
  judges: readonly { userId: string }[],
  k: number,
  { conflicts, existing = [], seed = '' }: AssignmentOptions,
): Result<AssignmentPlan> {
  const invalidK = kProblems(k, judges.length);
  if (invalidK.length > 0) return fail(invalidK);
  const entryIds = entries.map((entry) => entry.id);
  const judgeIds = judges.map((judge) => judge.userId);
  const draft: Draft = {
    loads: new Map(judgeIds.map((judgeId) => [judgeId, 0])),
    judgesOf: new Map(entryIds.map((entryId) => [entryId, new Set<string>()])),
    isConflicted: conflictTest(conflicts),
  };
  const problems = keepExisting(draft, existing);
  const random = seededRandom(seed);
  const { added, short } = fillEntries(draft, entryIds, judgeIds, k, random);
  rebalance(draft, added, shuffled(judgeIds, random));
  for (const { index, entryId, available } of short) {
    problems.push(
      conflict(
        `entries.${index}`,
        'assignment.entry.short_of_judges',
        `Entry ${entryId} gets ${available} of ${k} judges: the others have a conflict of interest with it.`,
        {
          messageVi: `Bài dự thi chỉ có ${available}/${k} thành viên chấm vì các thành viên khác có xung đột lợi ích.`,
          params: { entryId, required: k, available },
        },
      ),
    );
  }
  const judgeRank = new Map(judgeIds.map((judgeId, index) => [judgeId, index]));
  const assignments = entryIds.flatMap((entryId) =>
    [...draft.judgesOf.get(entryId)!]
      .sort((a, b) => judgeRank.get(a)! - judgeRank.get(b)!)
      .map((judgeId) => ({ entryId, judgeId })),
  );
  return ok({ assignments, problems });
}
