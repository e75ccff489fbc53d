import { describe, expect, it } from 'vitest';
import { copyContestToYear } from './contest-copy.ts';
import { validateContestInput } from './contest-validation.ts';
import { sampleContest, sampleQuotaContest } from './testing/samples.ts';

describe('copy from an earlier contest', () => {
  const source = sampleQuotaContest({ status: 'finalized' });
  const copy = copyContestToYear(source, 2022);

  it('moves every date by whole years, keeping the Viet Nam wall-clock time', () => {
    expect(copy.planDate).toBe('2022-09-30');
    expect(copy.period).toEqual({ startYear: 2022, endYear: 2022 });
    // opens 00:00 on 30/09, closes at the end of 31/10, Viet Nam time
    expect(copy.submissionWindow).toEqual({
      opensAt: '2022-09-29T17:00:00.000Z',
      closesAt: '2022-10-31T17:00:00.000Z',
    });
  });

  it('clears identity and state, and the plan number that the new plan will have', () => {
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('provinceCode');
    expect(copy).not.toHaveProperty('status');
    expect(copy.planNumber).toBe('');
  });

  it('moves the years named in the title', () => {
    expect(copy.title).toBe('Cuộc thi "Sáng kiến, giải pháp về cải cách hành chính" tỉnh Cao Bằng năm 2022');
  });

  it('moves a period once, not twice, when the new start is the old end', () => {
    const period = sampleContest({
      title: 'Phong trào 2021–2025, Kế hoạch 2438',
      period: { startYear: 2021, endYear: 2025 },
    });
    const moved = copyContestToYear(period, 2025);
    expect(moved.title).toBe('Phong trào 2025–2029, Kế hoạch 2438');
    expect(moved.period).toEqual({ startYear: 2025, endYear: 2029 });
  });

  it('keeps fields, quota, rounds and options, as copies', () => {
    expect(copy.fields).toEqual(source.fields);
    expect(copy.fields).not.toBe(source.fields);
    expect(copy.quota).toEqual({ minEntriesPerUnit: 1 });
    expect(copy.rounds).toEqual([{ kind: 'written' }]);
    expect(copy.unitPreselection).toBe(true);
    copy.fields[0]!.labelEn = 'changed';
    expect(source.fields[0]!.labelEn).toBe('Institutional reform');
  });

  it('gives a valid definition once the new plan number is filled in', () => {
    expect(validateContestInput(copy).ok).toBe(false);
    expect(validateContestInput({ ...copy, planNumber: '2950/KH-UBND' }).ok).toBe(true);
  });

  it('maps 29 February to 28 February in a year without it', () => {
    const leap = sampleContest({
      planDate: '2024-02-29',
      period: { startYear: 2024, endYear: 2024 },
      submissionWindow: { opensAt: '2024-02-29T01:00:00.000Z', closesAt: '2024-03-31T17:00:00.000Z' },
    });
    const next = copyContestToYear(leap, 2025);
    expect(next.planDate).toBe('2025-02-28');
    expect(next.submissionWindow.opensAt).toBe('2025-02-28T01:00:00.000Z');
  });
});
