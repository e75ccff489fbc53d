import type { EntryRoundResult, RoundResults } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { advancingPreview, finalRows, resultTable } from './results-rows';

const result = (
  entryId: string,
  rank: number,
  score: number,
  judgeTotals: Record<string, number>,
  disagreement = false,
): EntryRoundResult => ({
  entryId,
  rank,
  score,
  rawTotal: score,
  normalisedTotal: null,
  criteria: {},
  judgeTotals,
  judgeCount: Object.keys(judgeTotals).length,
  range: 0,
  disagreement,
  submittedAt: '2025-09-01T00:00:00Z',
});

const round: RoundResults = {
  round: 1,
  maxTotal: 100,
  aggregation: 'mean',
  normalised: false,
  tieBreaks: [],
  results: [
    result('e2', 2, 71.5, { j1: 70, j2: 73 }),
    result('e1', 1, 88.335, { j1: 90, j2: 86.67, j9: 88.335 }, true),
  ],
  unscored: ['e3'],
  override: null,
};

describe('resultTable', () => {
  it('lists entries by rank with their titles, the judges in council order and a bar on the maximum', () => {
    const table = resultTable(
      round,
      new Map([
        ['e1', 'Một cửa điện tử'],
        ['e2', 'Số hóa hồ sơ'],
      ]),
      [
        { judgeId: 'j2', name: 'Trần Thị B' },
        { judgeId: 'j1', name: 'Nguyễn Văn A' },
        { judgeId: 'j5', name: 'Không chấm' },
      ],
      ['e1'],
    );
    expect(table.columns).toEqual([
      { judgeId: 'j2', name: 'Trần Thị B' },
      { judgeId: 'j1', name: 'Nguyễn Văn A' },
      { judgeId: 'j9', name: 'j9' },
    ]);
    expect(
      table.rows.map((row) => [
        row.rank,
        row.title,
        row.judgeTotals,
        row.barPercent,
        row.disagreement,
        row.advancing,
      ]),
    ).toEqual([
      [1, 'Một cửa điện tử', [86.67, 90, 88.335], 88.3, true, true],
      [2, 'Số hóa hồ sơ', [73, 70, null], 71.5, false, false],
    ]);
    expect(table.flagged).toBe(1);
    expect(table.unscored).toEqual(['e3']);
  });
});

describe('finalRows', () => {
  it('orders by final rank and scales the bars to 100', () => {
    const rows = finalRows(
      [
        {
          entryId: 'b',
          rank: 2,
          finalScore: 70,
          round1Score: 70,
          round1Rank: 2,
          round2Score: null,
          round2Rank: null,
        },
        {
          entryId: 'a',
          rank: 1,
          finalScore: 85.5,
          round1Score: 80,
          round1Rank: 1,
          round2Score: 90,
          round2Rank: 1,
        },
      ],
      new Map([['a', 'A']]),
    );
    expect(rows.map((row) => [row.rank, row.title, row.barPercent])).toEqual([
      [1, 'A', 85.5],
      [2, 'b', 70],
    ]);
  });
});

describe('advancingPreview', () => {
  it('takes the best entries or those reaching the threshold, on exact scores', () => {
    expect(advancingPreview(round, { kind: 'top', count: 1 })).toEqual(['e1']);
    expect(advancingPreview(round, { kind: 'top', count: 5 })).toEqual(['e1', 'e2']);
    expect(advancingPreview(round, { kind: 'threshold', minScore: 88.335 })).toEqual(['e1']);
    expect(advancingPreview(round, { kind: 'threshold', minScore: 88.34 })).toEqual([]);
  });
});
