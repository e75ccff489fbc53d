import type { Criterion, Score } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { checkSheet, maxTotalOf, sheetInput, sheetLock, sheetTexts } from './score-sheet';

const criteria: Criterion[] = [
  { key: 'novelty', labelVi: 'Tính mới', labelEn: 'Novelty', maxPoints: 20 },
  { key: 'creativity', labelVi: 'Tính sáng tạo', labelEn: 'Creativity', maxPoints: 15 },
  { key: 'feasibility', labelVi: 'Tính khả thi', labelEn: 'Feasibility', maxPoints: 15 },
];

describe('checkSheet', () => {
  it('totals what is filled in so far and says what is missing', () => {
    const check = checkSheet(criteria, { novelty: '18', creativity: '12,5', feasibility: '' });
    expect(check.total).toBe(30.5);
    expect(check.maxTotal).toBe(50);
    expect(check.filled).toBe(2);
    expect(check.lines.map((line) => line.problem)).toEqual([null, null, 'missing']);
    expect(check).toMatchObject({ complete: false, savable: true, submittable: false });
  });

  it('refuses points outside 0..max, with more than two decimals, or not numbers', () => {
    const check = checkSheet(criteria, { novelty: '21', creativity: '7.125', feasibility: 'abc' });
    expect(check.lines.map((line) => line.problem)).toEqual(['out-of-range', 'precision', 'not-number']);
    expect(check.total).toBe(0);
    expect(check).toMatchObject({ savable: false, submittable: false });
    expect(checkSheet(criteria, { novelty: '-1' }).lines[0]!.problem).toBe('out-of-range');
  });

  it('accepts the bounds and two decimals', () => {
    const check = checkSheet(criteria, { novelty: '20', creativity: '0', feasibility: '14.99' });
    expect(check).toMatchObject({ complete: true, submittable: true, total: 34.99 });
  });

  it('weighs each criterion by its share of the maximum when the rubric has weights', () => {
    const weighted: Criterion[] = [
      { ...criteria[0]!, weight: 0.5 },
      { ...criteria[1]!, weight: 0.5 },
    ];
    const check = checkSheet(weighted, { novelty: '10', creativity: '15' });
    expect(check.maxTotal).toBe(100);
    expect(check.total).toBe(75);
    expect(maxTotalOf(weighted)).toBe(100);
  });

  it('refuses a comment longer than 2000 characters', () => {
    const full = { novelty: '1', creativity: '1', feasibility: '1' };
    expect(checkSheet(criteria, full, 'ệ'.repeat(2000)).submittable).toBe(true);
    expect(checkSheet(criteria, full, 'a'.repeat(2001))).toMatchObject({
      commentTooLong: true,
      submittable: false,
    });
  });
});

describe('sheet texts and input', () => {
  const score: Score = {
    entryId: 'e1',
    judgeId: 'j1',
    round: 1,
    points: { novelty: 18, creativity: 12.5 },
    comment: 'Tốt',
    state: 'draft',
  };

  it('fills the boxes from a saved sheet', () => {
    expect(sheetTexts(criteria, score)).toEqual({ novelty: '18', creativity: '12.5', feasibility: '' });
    expect(sheetTexts(criteria, null)).toEqual({ novelty: '', creativity: '', feasibility: '' });
  });

  it('sends only the valid points of a draft', () => {
    const check = checkSheet(criteria, { novelty: '18', creativity: '12,5', feasibility: '' });
    expect(sheetInput(check, 'Tốt', 'draft')).toEqual({
      points: { novelty: 18, creativity: 12.5 },
      comment: 'Tốt',
      state: 'draft',
    });
  });
});

describe('sheetLock', () => {
  it('lets the judge change the sheet only while the round is open and the results are not final', () => {
    expect(sheetLock('open', false)).toBeNull();
    expect(sheetLock('not-open', false)).toBe('not-open');
    expect(sheetLock('closed', false)).toBe('closed');
    expect(sheetLock('open', true)).toBe('finalised');
  });

  it('locks when the service says the round closed or the results are final', () => {
    expect(sheetLock('open', false, ['score.round_closed'])).toBe('closed');
    expect(sheetLock('open', false, [null, 'results.finalised'])).toBe('finalised');
    expect(sheetLock('open', false, ['score.points.out_of_range'])).toBeNull();
  });
});
