import type { Contest } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import {
  contestFormOf,
  contestInputOf,
  fieldKeyFor,
  formProblems,
  newContestForm,
  stepOfField,
  stepProblems,
  type ContestForm,
} from './contest-form';

const complete = (overrides: Partial<ContestForm> = {}): ContestForm => ({
  ...newContestForm(2021),
  planNumber: ' 2684/KH-UBND ',
  planDate: '2021-09-30',
  issuingBody: 'UBND tỉnh Cao Bằng',
  title: 'Cuộc thi sáng kiến CCHC năm 2021',
  rules: 'Mỗi đơn vị đề xuất ít nhất 01 sáng kiến.',
  opensAt: '2021-09-29T17:00:00.000Z',
  closesAt: '2021-10-31T17:00:00.000Z',
  ...overrides,
});
const codes = (form: ContestForm, step?: Parameters<typeof stepProblems>[1]) =>
  (step ? stepProblems(form, step) : formProblems(form)).map((problem) => `${problem.field} ${problem.code}`);

describe('a new contest', () => {
  it('starts with the six CCHC fields, units and civil servants, every index and one written round', () => {
    const form = newContestForm(2025);
    expect(form.fields.map((field) => field.key)).toEqual([
      'institutional-reform',
      'administrative-procedure-reform',
      'organisational-reform',
      'civil-service-reform',
      'public-finance-reform',
      'e-government',
    ]);
    expect(form.eligibleEntrants).toEqual(['unit', 'individual']);
    expect(form.targetIndices).toHaveLength(6);
    expect(contestInputOf(form).rounds).toEqual([{ kind: 'written' }]);
    expect(contestInputOf(form).period).toEqual({ startYear: 2025, endYear: 2025 });
  });

  it('needs the plan and the window before anything else', () => {
    expect(codes(newContestForm(2025))).toEqual([
      'planNumber required',
      'planDate required',
      'issuingBody required',
      'title required',
      'submissionWindow.opensAt required',
      'submissionWindow.closesAt required',
    ]);
    expect(codes(complete())).toEqual([]);
  });
});

describe('the definition sent to the service', () => {
  it('trims the plan, sets the quota and the oral defence only when chosen', () => {
    const input = contestInputOf(
      complete({ quotaEnabled: true, minEntriesPerUnit: 1, oralDefence: true, preparationDays: 10 }),
    );
    expect(input).toMatchObject({
      planNumber: '2684/KH-UBND',
      quota: { minEntriesPerUnit: 1 },
      rounds: [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 10 }],
      submissionWindow: { opensAt: '2021-09-29T17:00:00.000Z', closesAt: '2021-10-31T17:00:00.000Z' },
    });
    expect(contestInputOf(complete({ quotaEnabled: false })).quota).toBeNull();
  });

  it('names a field in English by its Vietnamese name when no English one was given', () => {
    const form = complete({ fields: [{ key: 'chuyen-doi-so', labelVi: ' Chuyển đổi số ', labelEn: ' ' }] });
    expect(contestInputOf(form).fields).toEqual([
      { key: 'chuyen-doi-so', labelVi: 'Chuyển đổi số', labelEn: 'Chuyển đổi số' },
    ]);
  });

  it('reads back an existing contest unchanged', () => {
    const contest: Contest = {
      ...contestInputOf(complete({ oralDefence: true, preparationDays: 7, quotaEnabled: true })),
      id: 'c1',
      provinceCode: 'CB',
      status: 'draft',
    };
    const { id: _id, provinceCode: _province, status: _status, ...input } = contest;
    expect(contestInputOf(contestFormOf(contest))).toEqual(input);
  });
});

describe('step checks', () => {
  it('checks the years of the period', () => {
    expect(codes(complete({ startYear: 2025, endYear: 2021 }), 'plan')).toEqual([
      'period.endYear contest.period.reversed',
    ]);
    expect(codes(complete({ startYear: null, endYear: 1999 }), 'plan')).toEqual([
      'period.startYear contest.period.out_of_range',
      'period.endYear contest.period.out_of_range',
    ]);
  });

  it('needs fields with a Vietnamese name and a unique, well-formed key', () => {
    expect(codes(complete({ fields: [] }), 'fields')).toEqual(['fields contest.fields.empty']);
    expect(
      codes(
        complete({
          fields: [
            { key: 'a', labelVi: 'A', labelEn: '' },
            { key: 'a', labelVi: ' ', labelEn: '' },
            { key: 'Bad Key', labelVi: 'B', labelEn: '' },
          ],
        }),
        'fields',
      ),
    ).toEqual([
      'fields.1.labelVi required',
      'fields.1.key contest.fields.duplicate_key',
      'fields.2.key contest.fields.bad_key',
    ]);
  });

  it('needs someone to be allowed to enter, and units for a quota', () => {
    expect(codes(complete({ eligibleEntrants: [] }), 'eligibility')).toEqual([
      'eligibleEntrants contest.eligibility.empty',
    ]);
    expect(codes(complete({ quotaEnabled: true, minEntriesPerUnit: 0 }), 'quota')).toEqual([
      'quota.minEntriesPerUnit contest.quota.below_one',
    ]);
    expect(codes(complete({ quotaEnabled: true, eligibleEntrants: ['citizen'] }), 'quota')).toEqual([
      'quota contest.quota.without_units',
    ]);
    expect(codes(complete({ quotaEnabled: false, minEntriesPerUnit: null }), 'quota')).toEqual([]);
  });

  it('needs the window to close after it opens, and days to prepare an oral defence', () => {
    expect(codes(complete({ closesAt: '2021-09-29T17:00:00.000Z' }), 'timeline')).toEqual([
      'submissionWindow.closesAt contest.window.closes_before_opens',
    ]);
    expect(codes(complete({ oralDefence: true, preparationDays: 0 }), 'rounds')).toEqual([
      'rounds.1.preparationDays contest.rounds.preparation_missing',
    ]);
  });
});

describe('stepOfField', () => {
  it('finds the step where the service’s field is entered', () => {
    expect(stepOfField('planNumber')).toBe('plan');
    expect(stepOfField('period.endYear')).toBe('plan');
    expect(stepOfField('fields.2.key')).toBe('fields');
    expect(stepOfField('targetIndices.0')).toBe('eligibility');
    expect(stepOfField('quota')).toBe('quota');
    expect(stepOfField('submissionWindow.closesAt')).toBe('timeline');
    expect(stepOfField('rounds.1.preparationDays')).toBe('rounds');
    expect(stepOfField('')).toBeNull();
    expect(stepOfField('status')).toBeNull();
  });
});

describe('fieldKeyFor', () => {
  it('makes a key from a Vietnamese name without its diacritics', () => {
    expect(fieldKeyFor('Chuyển đổi số', [])).toBe('chuyen-doi-so');
    expect(fieldKeyFor('  Đô thị & Nông thôn mới! ', [])).toBe('do-thi-nong-thon-moi');
    expect(fieldKeyFor('!!!', [])).toBe('field');
  });

  it('keeps keys unique', () => {
    expect(fieldKeyFor('Chuyển đổi số', ['chuyen-doi-so', 'chuyen-doi-so-2'])).toBe('chuyen-doi-so-3');
  });
});
