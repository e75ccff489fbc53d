import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregation.ts';
import { normaliseTotals, type JudgeTotal } from './normalisation.ts';

const total = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);

/** Every judge scores every entry; no judge gives all entries the same total. */
const fullRound = fc
  .record({ judges: fc.integer({ min: 2, max: 6 }), entries: fc.integer({ min: 2, max: 12 }) })
  .chain(({ judges, entries }) =>
    fc.array(fc.array(total, { minLength: entries, maxLength: entries }), {
      minLength: judges,
      maxLength: judges,
    }),
  )
  .filter((byJudge) => byJudge.every((row) => row.some((value) => value !== row[0])));

function totalsOf(byJudge: readonly (readonly number[])[]): JudgeTotal[] {
  return byJudge.flatMap((row, judge) =>
    row.map((value, entry) => ({ judgeId: `j${judge}`, entryId: `e${entry}`, total: value })),
  );
}

function meanPerEntry(totals: readonly JudgeTotal[], values: readonly number[], entries: number): number[] {
  return Array.from({ length: entries }, (_, entry) =>
    aggregate(
      values.filter((_, index) => totals[index]!.entryId === `e${entry}`),
      'mean',
    ),
  );
}

describe('normalisation', () => {
  it('puts a strict judge and a generous one with the same opinion on the same footing', () => {
    const totals = [
      { judgeId: 'strict', entryId: 'a', total: 50 },
      { judgeId: 'strict', entryId: 'b', total: 60 },
      { judgeId: 'generous', entryId: 'a', total: 80 },
      { judgeId: 'generous', entryId: 'b', total: 90 },
    ];
    const [strictA, strictB, generousA, generousB] = normaliseTotals(totals);
    expect(strictA).toBeCloseTo(generousA!, 10);
    expect(strictB).toBeCloseTo(generousB!, 10);
    // all totals: mean 70, sd √250 ≈ 15.81; each judge's: ±5 around its mean, sd 5
    expect(strictA).toBeCloseTo(70 - Math.sqrt(250), 10);
  });

  it('keeps the raw totals of a judge who gives every entry the same total, or scores one entry', () => {
    const totals = [
      { judgeId: 'flat', entryId: 'a', total: 70 },
      { judgeId: 'flat', entryId: 'b', total: 70 },
      { judgeId: 'single', entryId: 'a', total: 42 },
      { judgeId: 'varied', entryId: 'a', total: 50 },
      { judgeId: 'varied', entryId: 'b', total: 90 },
    ];
    const normalised = normaliseTotals(totals);
    expect(normalised.slice(0, 3)).toEqual([70, 70, 42]);
    expect(normalised[3]).not.toBe(50);
  });

  it('treats equal totals as equal even where their computed spread is a hair above 0', () => {
    const totals = [0.1, 0.1, 0.1].map((value, index) => ({
      judgeId: 'flat',
      entryId: `e${index}`,
      total: value,
    }));
    expect(normaliseTotals([...totals, { judgeId: 'other', entryId: 'e0', total: 50 }])).toEqual([
      0.1, 0.1, 0.1, 50,
    ]);
  });

  describe('properties', () => {
    it("keeps the order of each judge's own entries, ties included", () => {
      fc.assert(
        fc.property(fullRound, (byJudge) => {
          const totals = totalsOf(byJudge);
          const normalised = normaliseTotals(totals);
          totals.forEach((a, i) =>
            totals.forEach((b, j) => {
              if (a.judgeId !== b.judgeId) return;
              expect(Math.sign(normalised[i]! - normalised[j]!)).toBe(Math.sign(a.total - b.total));
            }),
          );
        }),
      );
    });

    it('does not depend on the order the totals come in', () => {
      fc.assert(
        fc.property(
          fullRound.chain((byJudge) => {
            const totals = totalsOf(byJudge);
            return fc.tuple(fc.constant(totals), fc.shuffledSubarray(totals, { minLength: totals.length }));
          }),
          ([totals, shuffled]) => {
            const byPair = (list: readonly JudgeTotal[], values: readonly number[]) =>
              new Map(list.map((t, index) => [`${t.judgeId}/${t.entryId}`, values[index]]));
            expect(byPair(shuffled, normaliseTotals(shuffled))).toEqual(
              byPair(totals, normaliseTotals(totals)),
            );
          },
        ),
      );
    });

    it('keeps the order of the entries when a judge who gives every entry the same total joins (mean of all judges)', () => {
      fc.assert(
        fc.property(fullRound, total, (byJudge, constant) => {
          const entries = byJudge[0]!.length;
          const before = totalsOf(byJudge);
          const after = totalsOf([...byJudge, Array<number>(entries).fill(constant)]);
          const meanBefore = meanPerEntry(before, normaliseTotals(before), entries);
          const meanAfter = meanPerEntry(after, normaliseTotals(after), entries);
          meanBefore.forEach((a, i) =>
            meanBefore.forEach((b, j) => {
              // entries all but tied may swap through the last bits of rounding; the order of the others holds
              if (Math.abs(a - b) > 1e-9)
                expect(Math.sign(meanAfter[i]! - meanAfter[j]!)).toBe(Math.sign(a - b));
            }),
          );
        }),
      );
    });
  });
});
