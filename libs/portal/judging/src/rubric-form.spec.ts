import { describe, expect, it } from 'vitest';
import {
  blankCriterion,
  checkRubric,
  criteriaInput,
  criterionDrafts,
  DEFAULT_CRITERIA,
  keyFromLabel,
} from './rubric-form';

describe('rubric editor', () => {
  it('round-trips criteria, a weight shown in percent', () => {
    const criteria = [
      {
        key: 'novelty',
        labelVi: 'Tính mới',
        labelEn: 'Novelty',
        maxPoints: 20,
        weight: 0.25,
        guidanceVi: 'Mới',
      },
      { key: 'feasibility', labelVi: 'Tính khả thi', labelEn: 'Feasibility', maxPoints: 12.5, weight: 0.75 },
    ];
    const drafts = criterionDrafts(criteria);
    expect(drafts.map((draft) => [draft.maxPoints, draft.weight, draft.guidanceEn])).toEqual([
      ['20', '25', ''],
      ['12.5', '75', ''],
    ]);
    expect(criteriaInput(drafts)).toEqual(criteria);
  });

  it('totals the maxima and the weights, and names numbers that are not', () => {
    const drafts = [
      { ...blankCriterion(), maxPoints: '20', weight: '40' },
      { ...blankCriterion(), maxPoints: '12,5', weight: '' },
      { ...blankCriterion(), maxPoints: 'mười', weight: '120' },
      { ...blankCriterion(), maxPoints: '', weight: '' },
    ];
    expect(checkRubric(drafts)).toEqual({
      totalMax: 32.5,
      weightTotal: 40,
      problems: [
        { field: 'criteria.2.maxPoints', code: 'judging.rubric.max_points' },
        { field: 'criteria.2.weight', code: 'judging.rubric.weight' },
        { field: 'criteria.3.maxPoints', code: 'required' },
      ],
    });
    expect(checkRubric([{ ...blankCriterion(), maxPoints: '10' }]).weightTotal).toBeNull();
  });

  it('makes keys from Vietnamese labels', () => {
    expect(keyFromLabel('Tính khả thi')).toBe('tinh-kha-thi');
    expect(keyFromLabel('Đóng góp — hiệu quả!')).toBe('dong-gop-hieu-qua');
  });

  it('starts from the five default criteria, 100 points in all', () => {
    expect(checkRubric(criterionDrafts(DEFAULT_CRITERIA))).toEqual({
      totalMax: 100,
      weightTotal: null,
      problems: [],
    });
  });
});
