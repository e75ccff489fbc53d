import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignJudges, type Assignment } from './assignment.ts';
import { findConflicts } from './conflicts.ts';
import type { Result } from './result.ts';
import { sampleCouncil, sampleEntries } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

function loads(assignments: readonly Assignment[], judgeIds: readonly string[]): number[] {
  return judgeIds.map((judgeId) => assignments.filter((a) => a.judgeId === judgeId).length);
}

/** A round of `entries` × `judges` where each pair is conflicted when its flag says so. */
const scenario = (conflictChance: number) =>
  fc
    .record({ judges: fc.integer({ min: 1, max: 8 }), entries: fc.integer({ min: 0, max: 25 }) })
    .chain(({ judges, entries }) =>
      fc.record({
        judgeIds: fc.constant(ids('j', judges)),
        entryIds: fc.constant(ids('e', entries)),
        k: fc.integer({ min: 1, max: judges }),
        flags: fc.array(
          fc.double({ min: 0, max: 1, noNaN: true }).map((draw) => draw < conflictChance),
          { minLength: judges * entries, maxLength: judges * entries },
        ),
        seed: fc.string(),
      }),
    )
    .map(({ judgeIds, entryIds, flags, ...rest }) => ({
      ...rest,
      judgeIds,
      entryIds,
      conflicts: flags.flatMap((flag, index) =>
        flag
          ? [
              {
                judgeId: judgeIds[index % judgeIds.length]!,
                entryId: entryIds[Math.floor(index / judgeIds.length)]!,
              },
            ]
          : [],
      ),
    }));

function plan({
  entryIds,
  judgeIds,
  k,
  conflicts,
  seed,
}: {
  entryIds: string[];
  judgeIds: string[];
  k: number;
  conflicts: Assignment[];
  seed: string;
}) {
  const result = assignJudges(
    entryIds.map((id) => ({ id })),
    judgeIds.map((userId) => ({ userId })),
    k,
    { conflicts, seed },
  );
  if (!result.ok) throw new Error('a valid k was refused');
  return result.value;
}

describe('assigning judges', () => {
  it("assigns the sample round to three judges each, away from the judges' own units and entries", () => {
    const council = sampleCouncil();
    const entries = sampleEntries();
    const conflicts = findConflicts(council.members, entries);
    const result = assignJudges(entries, council.members, 3, { conflicts, seed: 'contest-cb-2021/1' });
    expect(result.ok).toBe(true);
    const { assignments, problems } = (
      result as { value: { assignments: Assignment[]; problems: unknown[] } }
    ).value;
    expect(problems).toEqual([]);
    expect(assignments).toHaveLength(9);
    expect(assignments).not.toContainEqual({ entryId: 'entry-2', judgeId: 'u-finance' });
    expect(assignments).not.toContainEqual({ entryId: 'entry-3', judgeId: 'u-ict' });
  });

  it('refuses a number of judges per entry below 1 or not whole', () => {
    for (const k of [0, -1, 1.5]) {
      expect(problemsOf(assignJudges([], [{ userId: 'a' }], k, { conflicts: [] }))).toEqual([
        { field: 'k', code: 'assignment.k.invalid' },
      ]);
    }
  });

  it('refuses more judges per entry than the council has', () => {
    expect(problemsOf(assignJudges([{ id: 'e' }], [{ userId: 'a' }], 2, { conflicts: [] }))).toEqual([
      { field: 'k', code: 'assignment.k.exceeds_judges' },
    ]);
  });

  it('reports an entry that conflicts leave short of judges, and still assigns the rest', () => {
    const conflicts = [
      { judgeId: 'a', entryId: 'e1' },
      { judgeId: 'b', entryId: 'e1' },
    ];
    const result = assignJudges(
      [{ id: 'e0' }, { id: 'e1' }],
      ['a', 'b', 'c'].map((userId) => ({ userId })),
      2,
      {
        conflicts,
      },
    );
    expect(
      result.ok &&
        result.value.problems.map(({ field, code, kind, params }) => ({ field, code, kind, params })),
    ).toEqual([
      {
        field: 'entries.1',
        code: 'assignment.entry.short_of_judges',
        kind: 'conflict',
        params: { entryId: 'e1', required: 2, available: 1 },
      },
    ]);
    expect(result.ok && result.value.assignments.filter((a) => a.entryId === 'e1')).toEqual([
      { entryId: 'e1', judgeId: 'c' },
    ]);
  });

  it('keeps existing assignments, counts them in the loads, and drops those that are now conflicted', () => {
    const judges = ['a', 'b', 'c'].map((userId) => ({ userId }));
    const existing = [
      { entryId: 'e0', judgeId: 'a' },
      { entryId: 'e1', judgeId: 'a' },
      { entryId: 'e2', judgeId: 'b' },
      { entryId: 'gone', judgeId: 'a' },
    ];
    const result = assignJudges(
      ['e0', 'e1', 'e2'].map((id) => ({ id })),
      judges,
      1,
      {
        conflicts: [{ judgeId: 'b', entryId: 'e2' }],
        existing,
      },
    );
    if (!result.ok) throw new Error('refused');
    expect(result.value.assignments).toEqual([
      { entryId: 'e0', judgeId: 'a' },
      { entryId: 'e1', judgeId: 'a' },
      { entryId: 'e2', judgeId: 'c' },
    ]);
    expect(result.value.problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'existing.2', code: 'assignment.existing.conflicted' },
    ]);
  });

  it('moves work on to a lighter judge where conflicts allow, so loads end within one', () => {
    // the greedy pass alone leaves j0 with three entries and j1 with one here; e4 can move from j0 to j1
    const conflicted: [string, string][] = [
      ['j0', 'e0'],
      ['j0', 'e2'],
      ['j0', 'e5'],
      ['j1', 'e0'],
      ['j1', 'e3'],
      ['j2', 'e1'],
      ['j2', 'e2'],
      ['j2', 'e4'],
    ];
    const input = {
      entryIds: ids('e', 6),
      judgeIds: ids('j', 3),
      k: 1,
      conflicts: conflicted.map(([judgeId, entryId]) => ({ judgeId, entryId })),
      seed: '',
    };
    expect(loads(plan(input).assignments, input.judgeIds)).toEqual([2, 2, 2]);
  });

  it('gives the same plan for the same seed and spreads pairs differently for another', () => {
    const input = { entryIds: ids('e', 40), judgeIds: ids('j', 7), k: 3, conflicts: [], seed: 'x' };
    expect(plan(input)).toEqual(plan(input));
    expect(plan(input).assignments).not.toEqual(plan({ ...input, seed: 'y' }).assignments);
  });

  describe('properties', () => {
    it('never assigns a conflicted judge, never one judge twice, and gives each entry every judge it can up to k', () => {
      fc.assert(
        fc.property(scenario(0.3), (input) => {
          const { assignments, problems } = plan(input);
          const conflicted = new Set(input.conflicts.map((c) => `${c.judgeId}/${c.entryId}`));
          expect(assignments.some((a) => conflicted.has(`${a.judgeId}/${a.entryId}`))).toBe(false);
          expect(new Set(assignments.map((a) => `${a.judgeId}/${a.entryId}`)).size).toBe(assignments.length);
          const short = input.entryIds.flatMap((entryId) => {
            const eligible = input.judgeIds.filter(
              (judgeId) => !conflicted.has(`${judgeId}/${entryId}`),
            ).length;
            const got = assignments.filter((a) => a.entryId === entryId).length;
            expect(got).toBe(Math.min(input.k, eligible));
            return eligible < input.k ? [entryId] : [];
          });
          expect(problems.map((problem) => problem.params!['entryId'])).toEqual(
            expect.arrayContaining(short),
          );
          expect(problems).toHaveLength(short.length);
        }),
      );
    });

    it('balances the loads within one when nothing is conflicted', () => {
      fc.assert(
        fc.property(scenario(0), (input) => {
          const counts = loads(plan(input).assignments, input.judgeIds);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }),
      );
    });

    it('leaves no single move from a busier judge to one with two fewer entries that conflicts would allow', () => {
      fc.assert(
        fc.property(scenario(0.3), (input) => {
          const { assignments } = plan(input);
          const conflicted = new Set(input.conflicts.map((c) => `${c.judgeId}/${c.entryId}`));
          const load = new Map(
            input.judgeIds.map((judgeId, index) => [judgeId, loads(assignments, input.judgeIds)[index]!]),
          );
          for (const { entryId, judgeId } of assignments) {
            const onEntry = new Set(assignments.filter((a) => a.entryId === entryId).map((a) => a.judgeId));
            const lighter = input.judgeIds.filter(
              (other) =>
                load.get(other)! <= load.get(judgeId)! - 2 &&
                !onEntry.has(other) &&
                !conflicted.has(`${other}/${entryId}`),
            );
            expect(lighter).toEqual([]);
          }
        }),
      );
    });

    it('is deterministic for a seed', () => {
      fc.assert(
        fc.property(scenario(0.2), (input) => {
          expect(plan(input)).toEqual(plan(input));
        }),
      );
    });
  });
});
