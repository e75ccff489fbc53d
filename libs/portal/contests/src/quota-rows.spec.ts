import type { QuotaStanding } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { quotaSummary } from './quota-rows';

const standing = (unitCode: string, counted: number, required = 2): QuotaStanding => ({
  unitId: unitCode.toLowerCase(),
  unitCode,
  unitName: unitCode,
  counted,
  required,
  missing: Math.max(0, required - counted),
});

describe('quotaSummary', () => {
  it('scales the bars to the largest count and marks who met the quota', () => {
    const summary = quotaSummary([standing('SNV', 4), standing('STP', 1), standing('XA1', 0)]);
    expect(
      summary.rows.map(({ unitCode, met, barPercent, targetPercent }) => [
        unitCode,
        met,
        barPercent,
        targetPercent,
      ]),
    ).toEqual([
      ['SNV', true, 100, 50],
      ['STP', false, 25, 50],
      ['XA1', false, 0, 50],
    ]);
    expect(summary).toMatchObject({ units: 3, met: 1 });
  });

  it('keeps the quota line inside the chart when nobody reached it', () => {
    expect(
      quotaSummary([standing('A', 0, 3), standing('B', 1, 3)]).rows.map((row) => [
        row.barPercent,
        row.targetPercent,
      ]),
    ).toEqual([
      [0, 100],
      [33.3, 100],
    ]);
  });

  it('is empty for a contest without a quota', () => {
    expect(quotaSummary([])).toEqual({ rows: [], units: 0, met: 0 });
  });
});
