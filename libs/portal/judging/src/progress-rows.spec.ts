import { describe, expect, it } from 'vitest';
import { missingScores, progressSummary } from './progress-rows';

describe('progressSummary', () => {
  it('splits each judge into submitted, drafts and not started, and sums the round', () => {
    const summary = progressSummary([
      { judgeId: 'a', name: 'Nguyễn Văn A', assigned: 4, submitted: 4, drafts: 0 },
      { judgeId: 'b', name: 'Trần Thị B', assigned: 4, submitted: 1, drafts: 2 },
      { judgeId: 'c', name: 'Lê Văn C', assigned: 3, submitted: 0, drafts: 0 },
    ]);
    expect(
      summary.rows.map((row) => [
        row.judgeId,
        row.notStarted,
        row.missing,
        row.submittedPercent,
        row.draftPercent,
        row.done,
      ]),
    ).toEqual([
      ['a', 0, 0, 100, 0, true],
      ['b', 1, 3, 25, 50, false],
      ['c', 3, 3, 0, 0, false],
    ]);
    expect(summary).toMatchObject({
      assigned: 11,
      submitted: 5,
      drafts: 2,
      missing: 6,
      percent: 45,
      complete: false,
    });
  });

  it('is complete only when every assigned sheet is submitted, and 100% only then', () => {
    expect(
      progressSummary([{ judgeId: 'a', name: 'A', assigned: 3, submitted: 3, drafts: 0 }]),
    ).toMatchObject({ complete: true, percent: 100 });
    expect(
      progressSummary([{ judgeId: 'a', name: 'A', assigned: 200, submitted: 199, drafts: 1 }]).percent,
    ).toBe(99);
    expect(progressSummary([])).toMatchObject({ complete: false, percent: 0, assigned: 0 });
  });

  it('has no bar for a judge without assignments', () => {
    const [row] = progressSummary([{ judgeId: 'a', name: 'A', assigned: 0, submitted: 0, drafts: 0 }]).rows;
    expect(row).toMatchObject({ submittedPercent: 0, draftPercent: 0, done: true });
  });
});

describe('missingScores', () => {
  it('names the judges a refusal to close lists', () => {
    const names = new Map([['j1', 'Nguyễn Văn A']]);
    expect(
      missingScores(
        [
          { code: 'round.scores_missing', params: { judgeId: 'j1', missing: 2 } },
          { code: 'round.scores_missing', params: { judgeId: 'j9', missing: 1 } },
          { code: 'other', params: { judgeId: 'j1' } },
        ],
        names,
      ),
    ).toEqual([
      { judgeId: 'j1', name: 'Nguyễn Văn A', missing: 2 },
      { judgeId: 'j9', name: 'j9', missing: 1 },
    ]);
  });
});
