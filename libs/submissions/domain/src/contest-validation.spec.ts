import { describe, expect, it } from 'vitest';
import { CONTEST_SETTINGS, type ContestInput } from './contest.ts';
import { contestRuleProblems, validateContestInput } from './contest-validation.ts';
import { CCHC_FIELDS } from './reference-data.ts';
import type { Result } from './result.ts';
import { sampleContest } from './testing/samples.ts';

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const contest = sampleContest();
  const settings = Object.fromEntries(CONTEST_SETTINGS.map((key) => [key, contest[key]]));
  return { ...settings, ...overrides };
}

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

describe('contest definition', () => {
  it('accepts a complete definition and returns the window in UTC', () => {
    const result = validateContestInput(
      input({
        submissionWindow: { opensAt: '2022-08-16T00:00:00+07:00', closesAt: '2022-09-16T00:00:00+07:00' },
      }),
    );
    expect(result.ok && result.value.submissionWindow).toEqual({
      opensAt: '2022-08-15T17:00:00.000Z',
      closesAt: '2022-09-15T17:00:00.000Z',
    });
  });

  it('fills the defaults: the six CCHC fields, units and individuals, one written round, no quota', () => {
    const minimal = {
      planNumber: '2684/KH-UBND',
      planDate: '2021-09-30',
      issuingBody: 'UBND tỉnh Cao Bằng',
      title: 'Cuộc thi sáng kiến CCHC năm 2021',
      period: { startYear: 2021, endYear: 2021 },
      submissionWindow: { opensAt: '2021-09-30T00:00:00+07:00', closesAt: '2021-11-01T00:00:00+07:00' },
    };
    const result = validateContestInput(minimal);
    expect(result.ok).toBe(true);
    const value = (result as { value: ContestInput }).value;
    expect(value.fields.map((field) => field.key)).toEqual([
      'institutional-reform',
      'administrative-procedure-reform',
      'organisational-reform',
      'civil-service-reform',
      'public-finance-reform',
      'e-government',
    ]);
    expect(value.eligibleEntrants).toEqual(['unit', 'individual']);
    expect(value.rounds).toEqual([{ kind: 'written' }]);
    expect(value.quota).toBeNull();
    expect(value.unitPreselection).toBe(false);
    expect(minimal).not.toHaveProperty('fields');
  });

  it('names a missing property', () => {
    const { title: _title, ...rest } = input();
    expect(problemsOf(validateContestInput(rest))).toEqual([{ field: 'title', code: 'required' }]);
  });

  it('names an unknown property', () => {
    expect(problemsOf(validateContestInput(input({ prize: 1 })))).toEqual([
      { field: 'prize', code: 'unknown_property' },
    ]);
  });

  it('names a value of the wrong shape deep inside', () => {
    const result = validateContestInput(input({ rounds: [{ kind: 'essay' }] }));
    expect(problemsOf(result)).toEqual([{ field: 'rounds.0.kind', code: 'not_allowed_value' }]);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'rounds.0.kind must be one of: written, oral-defence.',
    );
  });

  it('refuses an instant without an offset', () => {
    expect(
      problemsOf(
        validateContestInput(
          input({ submissionWindow: { opensAt: '2022-08-16T00:00', closesAt: '2022-09-16T00:00:00Z' } }),
        ),
      ),
    ).toEqual([{ field: 'submissionWindow.opensAt', code: 'bad_format' }]);
  });

  it('requires a plan number, an issuing body and a title that are not blank', () => {
    expect(
      problemsOf(validateContestInput(input({ planNumber: ' ', issuingBody: '', title: '\n' }))),
    ).toEqual([
      { field: 'planNumber', code: 'required' },
      { field: 'issuingBody', code: 'required' },
      { field: 'title', code: 'required' },
    ]);
  });

  it('refuses a plan date that is not in the calendar', () => {
    expect(problemsOf(validateContestInput(input({ planDate: '2021-02-29' })))).toEqual([
      { field: 'planDate', code: 'bad_format' },
    ]);
    // the rules check it again for callers whose validator skips formats
    const rules = contestRuleProblems({ ...(input() as ContestInput), planDate: '2021-02-29' });
    expect(rules.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'planDate', code: 'invalid_date' },
    ]);
  });

  it('window: must close after it opens', () => {
    const result = validateContestInput(
      input({ submissionWindow: { opensAt: '2022-09-16T00:00:00Z', closesAt: '2022-09-16T00:00:00Z' } }),
    );
    expect(problemsOf(result)).toEqual([
      { field: 'submissionWindow.closesAt', code: 'contest.window.closes_before_opens' },
    ]);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'The submission window must close after it opens.',
    );
  });

  it('fields: at least one', () => {
    expect(problemsOf(validateContestInput(input({ fields: [] })))).toEqual([
      { field: 'fields', code: 'contest.fields.empty' },
    ]);
  });

  it('fields: keys are unique', () => {
    const fields = [...CCHC_FIELDS, { key: 'e-government', labelVi: 'Chính quyền số', labelEn: 'Digital' }];
    expect(problemsOf(validateContestInput(input({ fields })))).toEqual([
      { field: 'fields.6.key', code: 'contest.fields.duplicate_key' },
    ]);
  });

  it('fields: keys are lower-case words joined by hyphens', () => {
    const fields = [{ key: 'Cải cách', labelVi: 'Cải cách', labelEn: '' }];
    expect(problemsOf(validateContestInput(input({ fields })))).toEqual([
      { field: 'fields.0.key', code: 'contest.fields.bad_key' },
    ]);
  });

  it('fields: a province may add its own, with a Vietnamese label and no English one', () => {
    const fields = [...CCHC_FIELDS, { key: 'van-hoa-cong-vu', labelVi: 'Văn hóa công vụ', labelEn: '' }];
    expect(validateContestInput(input({ fields })).ok).toBe(true);
  });

  it('fields: the Vietnamese label is required', () => {
    const fields = [{ key: 'own-field', labelVi: ' ', labelEn: 'Own field' }];
    expect(problemsOf(validateContestInput(input({ fields })))).toEqual([
      { field: 'fields.0.labelVi', code: 'required' },
    ]);
  });

  it('target indices: each listed once', () => {
    expect(problemsOf(validateContestInput(input({ targetIndices: ['PCI', 'SIPAS', 'PCI'] })))).toEqual([
      { field: 'targetIndices.2', code: 'contest.target_indices.duplicate' },
    ]);
  });

  it('target indices: only the known ones', () => {
    expect(problemsOf(validateContestInput(input({ targetIndices: ['GDP'] })))).toEqual([
      { field: 'targetIndices.0', code: 'not_allowed_value' },
    ]);
  });

  it('eligibility: at least one kind of entrant', () => {
    expect(problemsOf(validateContestInput(input({ eligibleEntrants: [] })))).toEqual([
      { field: 'eligibleEntrants', code: 'contest.eligibility.empty' },
    ]);
  });

  it('eligibility: each kind listed once', () => {
    expect(problemsOf(validateContestInput(input({ eligibleEntrants: ['unit', 'unit'] })))).toEqual([
      { field: 'eligibleEntrants.1', code: 'contest.eligibility.duplicate' },
    ]);
  });

  it('quota: at least 1 entry per unit', () => {
    const result = validateContestInput(input({ quota: { minEntriesPerUnit: 0 } }));
    expect(problemsOf(result)).toEqual([
      { field: 'quota.minEntriesPerUnit', code: 'contest.quota.below_one' },
    ]);
  });

  it('quota: a whole number', () => {
    expect(problemsOf(validateContestInput(input({ quota: { minEntriesPerUnit: 1.5 } })))).toEqual([
      { field: 'quota.minEntriesPerUnit', code: 'wrong_type' },
    ]);
  });

  it('quota: needs units or their staff among the entrants', () => {
    const result = validateContestInput(
      input({ quota: { minEntriesPerUnit: 1 }, eligibleEntrants: ['citizen'] }),
    );
    expect(problemsOf(result)).toEqual([{ field: 'quota', code: 'contest.quota.without_units' }]);
  });

  it('rounds: at least one', () => {
    expect(problemsOf(validateContestInput(input({ rounds: [] })))).toEqual([
      { field: 'rounds', code: 'contest.rounds.empty' },
    ]);
  });

  it('rounds: at most two', () => {
    const rounds = [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 10 }, { kind: 'written' }];
    expect(problemsOf(validateContestInput(input({ rounds })))).toEqual([
      { field: 'rounds', code: 'contest.rounds.too_many' },
    ]);
  });

  it('rounds: the first is written', () => {
    const rounds = [{ kind: 'oral-defence', preparationDays: 10 }];
    expect(problemsOf(validateContestInput(input({ rounds })))).toEqual([
      { field: 'rounds.0.kind', code: 'contest.rounds.first_not_written' },
    ]);
  });

  it('rounds: the second is the oral defence', () => {
    const rounds = [{ kind: 'written' }, { kind: 'written' }];
    expect(problemsOf(validateContestInput(input({ rounds })))).toEqual([
      { field: 'rounds.1.kind', code: 'contest.rounds.second_not_oral' },
    ]);
  });

  it('rounds: an oral defence needs a preparation period of at least 1 day', () => {
    for (const round of [{ kind: 'oral-defence' }, { kind: 'oral-defence', preparationDays: 0 }]) {
      expect(problemsOf(validateContestInput(input({ rounds: [{ kind: 'written' }, round] })))).toEqual([
        { field: 'rounds.1.preparationDays', code: 'contest.rounds.preparation_missing' },
      ]);
    }
    const oneDay = [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 1 }];
    expect(validateContestInput(input({ rounds: oneDay })).ok).toBe(true);
  });

  it('rounds: a written round has no preparation period', () => {
    expect(
      problemsOf(validateContestInput(input({ rounds: [{ kind: 'written', preparationDays: 3 }] }))),
    ).toEqual([{ field: 'rounds.0.preparationDays', code: 'contest.rounds.preparation_on_written' }]);
  });

  it('period: years between 2000 and 2100', () => {
    expect(problemsOf(validateContestInput(input({ period: { startYear: 202, endYear: 2022 } })))).toEqual([
      { field: 'period.startYear', code: 'contest.period.out_of_range' },
    ]);
  });

  it('period: does not end before it starts', () => {
    expect(problemsOf(validateContestInput(input({ period: { startYear: 2025, endYear: 2021 } })))).toEqual([
      { field: 'period.endYear', code: 'contest.period.reversed' },
    ]);
  });

  it('period: at most ten years, like the 2021–2030 programme', () => {
    expect(validateContestInput(input({ period: { startYear: 2021, endYear: 2030 } })).ok).toBe(true);
    expect(problemsOf(validateContestInput(input({ period: { startYear: 2021, endYear: 2031 } })))).toEqual([
      { field: 'period.endYear', code: 'contest.period.too_long' },
    ]);
  });

  it('reports every broken rule at once, each with a message naming it', () => {
    const result = validateContestInput(input({ fields: [], eligibleEntrants: [], rounds: [] }));
    expect(problemsOf(result).map((problem) => problem.code)).toEqual([
      'contest.fields.empty',
      'contest.eligibility.empty',
      'contest.rounds.empty',
    ]);
    expect(!result.ok && result.problems.every((problem) => problem.kind === 'invalid')).toBe(true);
  });

  it('refuses something that is not an object', () => {
    expect(problemsOf(validateContestInput('contest'))).toEqual([{ field: '', code: 'wrong_type' }]);
  });
});
