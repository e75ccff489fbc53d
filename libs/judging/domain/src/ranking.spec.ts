import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankEntries, type Rankable } from './ranking.ts';

const item = (
  entryId: string,
  score: number,
  criteria: Record<string, number> = {},
  submittedAt = '2021-10-20T00:00:00Z',
): Rankable => ({
  entryId,
  score,
  criteria,
  submittedAt,
});

const ranked = (items: Rankable[], priority: string[] = []) =>
  rankEntries(items, priority).map(({ entryId, rank, decidedBy }) => [entryId, rank, decidedBy]);

describe('ranking', () => {
  it('ranks by score, higher first', () => {
    expect(ranked([item('a', 70), item('b', 90), item('c', 80)])).toEqual([
      ['b', 1, null],
      ['c', 2, 'score'],
      ['a', 3, 'score'],
    ]);
  });

  it('breaks a tie on the criteria in the contest’s order of priority', () => {
    const items = [
      item('a', 80, { novelty: 15, 'usefulness-effectiveness': 25 }),
      item('b', 80, { novelty: 15, 'usefulness-effectiveness': 27 }),
      item('c', 80, { novelty: 18, 'usefulness-effectiveness': 20 }),
    ];
    expect(ranked(items, ['usefulness-effectiveness', 'novelty'])).toEqual([
      ['b', 1, null],
      ['a', 2, 'criterion:usefulness-effectiveness'],
      ['c', 3, 'criterion:usefulness-effectiveness'],
    ]);
    expect(ranked(items, ['novelty', 'usefulness-effectiveness'])).toEqual([
      ['c', 1, null],
      ['b', 2, 'criterion:novelty'],
      ['a', 3, 'criterion:usefulness-effectiveness'],
    ]);
  });

  it('then puts the earlier submission first, comparing instants whatever their offset', () => {
    const items = [item('a', 80, {}, '2021-10-20T07:00:00+07:00'), item('b', 80, {}, '2021-10-20T00:30:00Z')];
    expect(ranked(items)).toEqual([
      ['a', 1, null],
      ['b', 2, 'submitted-at'],
    ]);
  });

  it('finally orders by entry id, so that no two entries share a rank', () => {
    expect(ranked([item('b', 80), item('a', 80)])).toEqual([
      ['a', 1, null],
      ['b', 2, 'entry-id'],
    ]);
  });

  it('compares exact scores, not the two-decimal display', () => {
    expect(ranked([item('a', 80.004), item('b', 80.001)])).toEqual([
      ['a', 1, null],
      ['b', 2, 'score'],
    ]);
  });

  describe('properties', () => {
    // few distinct values, so that ties on every comparison are common
    const items = fc.uniqueArray(
      fc.record({
        entryId: fc.string({ minLength: 1, maxLength: 4 }),
        score: fc.integer({ min: 0, max: 3 }),
        criteria: fc.record({ a: fc.integer({ min: 0, max: 1 }), b: fc.integer({ min: 0, max: 1 }) }),
        submittedAt: fc.integer({ min: 0, max: 1 }).map((day) => `2021-10-2${day}T00:00:00Z`),
      }),
      { selector: (entry) => entry.entryId, maxLength: 40 },
    );

    it('gives ranks that are a permutation of 1..n, whatever the input order', () => {
      fc.assert(
        fc.property(
          items.chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
          ([list, shuffled]) => {
            const result = rankEntries(list, ['a', 'b']);
            expect(result.map((entry) => entry.rank).sort((x, y) => x - y)).toEqual(
              list.map((_, index) => index + 1),
            );
            expect(rankEntries(shuffled, ['a', 'b'])).toEqual(result);
          },
        ),
      );
    });

    it('never ranks a higher score below a lower one', () => {
      fc.assert(
        fc.property(items, (list) => {
          const result = rankEntries(list, ['a', 'b']);
          result
            .slice(1)
            .forEach((entry, index) => expect(entry.score).toBeLessThanOrEqual(result[index]!.score));
        }),
      );
    });
  });
});
