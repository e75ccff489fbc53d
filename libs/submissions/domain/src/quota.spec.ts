import { describe, expect, it } from 'vitest';
import type { EntryStatus } from './entry.ts';
import { countsTowardsQuota, quotaShortfalls, quotaStandings } from './quota.ts';

const units = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', status: 'active' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', status: 'active' },
  { id: 'ubnd-hoa-an', name: 'UBND huyện Hòa An', status: 'active' },
  { id: 'ubnd-cu', name: 'UBND huyện đã sáp nhập', status: 'merged' },
];

const entry = (unitId: string | null, status: EntryStatus) => ({ unitId, status });

describe('quota compliance', () => {
  const entries = [
    entry('so-noi-vu', 'submitted'),
    entry('so-noi-vu', 'draft'),
    entry('so-tai-chinh', 'withdrawn'),
    entry('so-tai-chinh', 'ineligible'),
    entry('ubnd-hoa-an', 'eligible'),
    entry(null, 'submitted'),
  ];

  it('lists the active units below the quota with their counts', () => {
    const shortfalls = quotaShortfalls(
      { quota: { minEntriesPerUnit: 1 }, unitPreselection: false },
      units,
      entries,
    );
    expect(
      shortfalls.map(({ unit, counted, required, missing }) => [unit.id, counted, required, missing]),
    ).toEqual([['so-tai-chinh', 0, 1, 1]]);
  });

  it('counts submitted, forwarded and eligible entries; not drafts, withdrawn or ineligible ones', () => {
    expect(
      (['draft', 'submitted', 'forwarded', 'eligible', 'ineligible', 'withdrawn'] as const).filter((status) =>
        countsTowardsQuota(status, false),
      ),
    ).toEqual(['submitted', 'forwarded', 'eligible']);
  });

  it('with unit pre-selection counts only what reached the province', () => {
    expect(
      (['draft', 'submitted', 'forwarded', 'eligible', 'ineligible', 'withdrawn'] as const).filter((status) =>
        countsTowardsQuota(status, true),
      ),
    ).toEqual(['forwarded', 'eligible']);
    const shortfalls = quotaShortfalls(
      { quota: { minEntriesPerUnit: 1 }, unitPreselection: true },
      units,
      entries,
    );
    expect(shortfalls.map(({ unit }) => unit.id)).toEqual(['so-noi-vu', 'so-tai-chinh']);
  });

  it('counts several entries per unit against a higher quota', () => {
    const many = [
      entry('so-noi-vu', 'submitted'),
      entry('so-noi-vu', 'forwarded'),
      entry('ubnd-hoa-an', 'eligible'),
    ];
    const standings = quotaStandings(
      { quota: { minEntriesPerUnit: 2 }, unitPreselection: false },
      units,
      many,
    );
    expect(standings.map(({ unit, counted, missing }) => [unit.id, counted, missing])).toEqual([
      ['so-noi-vu', 2, 0],
      ['so-tai-chinh', 0, 2],
      ['ubnd-hoa-an', 1, 1],
    ]);
  });

  it('leaves out units that are no longer active and entries of units not listed', () => {
    const standings = quotaStandings({ quota: { minEntriesPerUnit: 1 }, unitPreselection: false }, units, [
      entry('ubnd-cu', 'submitted'),
      entry('unknown', 'submitted'),
    ]);
    expect(standings.map(({ unit }) => unit.id)).toEqual(['so-noi-vu', 'so-tai-chinh', 'ubnd-hoa-an']);
    expect(standings.every(({ counted }) => counted === 0)).toBe(true);
  });

  it('takes units without a status as active', () => {
    const shortfalls = quotaShortfalls(
      { quota: { minEntriesPerUnit: 1 }, unitPreselection: false },
      [{ id: 'a' }],
      [],
    );
    expect(shortfalls).toEqual([{ unit: { id: 'a' }, counted: 0, required: 1, missing: 1 }]);
  });

  it('has nothing to report without a quota', () => {
    expect(quotaShortfalls({ quota: null, unitPreselection: false }, units, [])).toEqual([]);
  });
});
