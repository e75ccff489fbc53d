import { describe, expect, it } from 'vitest';
import type { EntryContent } from './entry.ts';
import { validateEntryDraft, validateEntryForSubmit } from './entry-validation.ts';
import type { Result } from './result.ts';
import { sampleContest, sampleEntryContent, sampleQuotaContest } from './testing/samples.ts';

const contest = sampleContest();
// 10:00 on 1 September 2022 in Viet Nam
const now = new Date('2022-09-01T03:00:00Z');

function submit(
  content: unknown,
  options: { unitId?: string | null; contest?: typeof contest; at?: Date } = {},
) {
  const unitId = options.unitId === undefined ? 'unit-so-noi-vu' : options.unitId;
  return validateEntryForSubmit({ unitId, content }, options.contest ?? contest, options.at ?? now);
}

function withChanges(change: (content: EntryContent) => void): EntryContent {
  const content = sampleEntryContent();
  change(content);
  return content;
}

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

function without(key: keyof EntryContent) {
  const { [key]: _removed, ...rest } = sampleEntryContent();
  return rest;
}

describe('entry draft (shape only)', () => {
  it('accepts an empty draft', () => {
    expect(validateEntryDraft({})).toEqual({ ok: true, value: {} });
  });

  it('accepts a half-written draft with blank text and shares not adding up', () => {
    const draft = { title: '', authors: [{ name: 'Nguyễn Văn An', contributionPercent: 40 }], fieldKey: 'x' };
    expect(validateEntryDraft(draft).ok).toBe(true);
  });

  it('refuses a value of the wrong type, naming its path', () => {
    const result = validateEntryDraft({ authors: [{ name: 'An' }, { contributionPercent: '50' }] });
    expect(problemsOf(result)).toEqual([{ field: 'authors.1.contributionPercent', code: 'wrong_type' }]);
    expect(!result.ok && result.problems[0]!.message).toBe('authors.1.contributionPercent must be a number.');
  });

  it('refuses a share above 100', () => {
    expect(problemsOf(validateEntryDraft({ authors: [{ contributionPercent: 101 }] }))).toEqual([
      { field: 'authors.0.contributionPercent', code: 'out_of_range' },
    ]);
  });

  it('refuses an unknown solution type, format or property', () => {
    expect(problemsOf(validateEntryDraft({ solutionType: 'legal', format: 'essay', colour: 'red' }))).toEqual(
      [
        { field: 'colour', code: 'unknown_property' },
        { field: 'solutionType', code: 'not_allowed_value' },
        { field: 'format', code: 'not_allowed_value' },
      ],
    );
  });

  it('refuses a date that is not a date', () => {
    expect(problemsOf(validateEntryDraft({ firstAppliedOn: '01/06/2022' }))).toEqual([
      { field: 'firstAppliedOn', code: 'bad_format' },
    ]);
  });
});

describe('entry ready to submit', () => {
  it('accepts a complete entry', () => {
    expect(submit(sampleEntryContent())).toEqual({ ok: true, value: sampleEntryContent() });
  });

  it('fills missing lists and nullable parts and returns text in NFC', () => {
    const decomposed = 'Trả kết quả'.normalize('NFD');
    const content: Record<string, unknown> = {
      ...sampleEntryContent({ title: decomposed }),
      stateFunding: { used: false },
    };
    for (const key of [
      'investor',
      'firstAppliedOn',
      'trialParticipants',
      'targetIndices',
      'confidentialSections',
    ]) {
      delete content[key];
    }
    const result = submit(content);
    expect(result.ok).toBe(true);
    const value = (result as { value: EntryContent }).value;
    expect(value.title).toBe('Trả kết quả'.normalize('NFC'));
    expect(value.title).not.toBe(decomposed);
    expect([value.investor, value.firstAppliedOn, value.stateFunding.amountVnd]).toEqual([null, null, null]);
    expect([value.trialParticipants, value.targetIndices, value.confidentialSections]).toEqual([[], [], []]);
  });

  it('checks the shape first', () => {
    expect(problemsOf(submit({ ...sampleEntryContent(), authors: 'An' }))).toEqual([
      { field: 'authors', code: 'wrong_type' },
    ]);
  });

  it.each([
    ['title', 'Title is required.'],
    ['currentSituation', 'Current situation is required.'],
    ['solution', 'Content of the solution is required.'],
    ['novelty', 'Novelty is required.'],
    ['applicationScope', 'Scope of application is required.'],
    ['conditionsToApply', 'Conditions needed to apply it is required.'],
    ['benefits', 'Benefits and effectiveness is required.'],
    ['entrantKind', 'Entrant kind is required.'],
    ['fieldKey', 'Field is required.'],
    ['solutionType', 'Solution type is required.'],
    ['format', 'Format is required.'],
  ] as const)('requires %s', (key, message) => {
    const result = submit(without(key));
    expect(
      result.ok ? [] : result.problems.map(({ field, code, message }) => [field, code, message]),
    ).toEqual([[key, 'required', message]]);
  });

  it('treats blank text as missing', () => {
    expect(problemsOf(submit(sampleEntryContent({ title: '   ', benefits: '\n' })))).toEqual([
      { field: 'title', code: 'required' },
      { field: 'benefits', code: 'required' },
    ]);
  });

  it('requires saying whether state funds were used', () => {
    expect(problemsOf(submit({ ...sampleEntryContent(), stateFunding: {} }))).toEqual([
      { field: 'stateFunding.used', code: 'required' },
    ]);
  });

  it('state funding: no amount when no state funds were used', () => {
    const content = sampleEntryContent({ stateFunding: { used: false, amountVnd: 5_000_000 } });
    expect(problemsOf(submit(content))).toEqual([
      { field: 'stateFunding.amountVnd', code: 'entry.state_funding.amount_without_funding' },
    ]);
    expect(submit(sampleEntryContent({ stateFunding: { used: true, amountVnd: null } })).ok).toBe(true);
  });

  it('state funding: the amount is a whole number of VND, not negative', () => {
    expect(problemsOf(submit(sampleEntryContent({ stateFunding: { used: true, amountVnd: -1 } })))).toEqual([
      { field: 'stateFunding.amountVnd', code: 'out_of_range' },
    ]);
    expect(problemsOf(submit(sampleEntryContent({ stateFunding: { used: true, amountVnd: 10.5 } })))).toEqual(
      [{ field: 'stateFunding.amountVnd', code: 'wrong_type' }],
    );
  });

  it('field: one of the contest’s fields', () => {
    const result = submit(sampleEntryContent({ fieldKey: 'direction-and-management' }));
    expect(problemsOf(result)).toEqual([{ field: 'fieldKey', code: 'entry.field.not_in_contest' }]);
    expect(submit(sampleEntryContent({ fieldKey: 'digital-transformation' })).ok).toBe(true);
  });

  it('target indices: only those the contest aims at', () => {
    const narrow = sampleContest({ targetIndices: ['PAR_INDEX', 'SIPAS'] });
    const result = submit(sampleEntryContent({ targetIndices: ['SIPAS', 'DDCI'] }), { contest: narrow });
    expect(problemsOf(result)).toEqual([
      { field: 'targetIndices.1', code: 'entry.target_indices.not_in_contest' },
    ]);
  });

  it('target indices: each once', () => {
    expect(problemsOf(submit(sampleEntryContent({ targetIndices: ['PCI', 'PCI'] })))).toEqual([
      { field: 'targetIndices.1', code: 'entry.target_indices.duplicate' },
    ]);
  });

  it('confidential sections: only the named sections, each once', () => {
    const twice = sampleEntryContent({ confidentialSections: ['solution', 'benefits', 'solution'] });
    expect(problemsOf(submit(twice))).toEqual([
      { field: 'confidentialSections.2', code: 'entry.confidential.duplicate' },
    ]);
    expect(problemsOf(submit({ ...sampleEntryContent(), confidentialSections: ['title'] }))).toEqual([
      { field: 'confidentialSections.0', code: 'not_allowed_value' },
    ]);
  });

  it('entrant kind: one the contest allows', () => {
    const unitsOnly = sampleQuotaContest();
    const result = submit(sampleEntryContent({ entrantKind: 'business', fieldKey: 'e-government' }), {
      contest: unitsOnly,
    });
    expect(problemsOf(result)).toEqual([{ field: 'entrantKind', code: 'entry.entrant_kind.not_allowed' }]);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'This contest does not accept entries from a business; it accepts: unit, individual.',
    );
  });

  it('unit: required for a unit’s or a civil servant’s entry, not for a citizen’s', () => {
    for (const entrantKind of ['unit', 'individual'] as const) {
      expect(problemsOf(submit(sampleEntryContent({ entrantKind }), { unitId: null }))).toEqual([
        { field: 'unitId', code: 'entry.unit.required' },
      ]);
    }
    expect(submit(sampleEntryContent({ entrantKind: 'citizen' }), { unitId: null }).ok).toBe(true);
  });

  describe('first application', () => {
    it('is required when the contest does not accept ideas not yet applied', () => {
      const applied = sampleQuotaContest({ eligibleEntrants: ['individual'] });
      const content = sampleEntryContent({ firstAppliedOn: null, fieldKey: 'e-government' });
      expect(problemsOf(submit(content, { contest: applied, at: new Date('2021-10-10T03:00:00Z') }))).toEqual(
        [{ field: 'firstAppliedOn', code: 'entry.first_applied.required' }],
      );
    });

    it('may be absent when the contest accepts ideas', () => {
      expect(submit(sampleEntryContent({ firstAppliedOn: null })).ok).toBe(true);
    });

    it('is not after the submission date', () => {
      expect(problemsOf(submit(sampleEntryContent({ firstAppliedOn: '2022-09-02' })))).toEqual([
        { field: 'firstAppliedOn', code: 'entry.first_applied.after_submission' },
      ]);
      expect(submit(sampleEntryContent({ firstAppliedOn: '2022-09-01' })).ok).toBe(true);
    });

    it('compares with the submission date in Viet Nam, not in UTC', () => {
      // 00:30 on 16/09 in Viet Nam is still 15/09 in UTC
      const at = new Date('2022-09-15T17:30:00Z');
      expect(submit(sampleEntryContent({ firstAppliedOn: '2022-09-16' }), { at }).ok).toBe(true);
      expect(problemsOf(submit(sampleEntryContent({ firstAppliedOn: '2022-09-17' }), { at }))).toEqual([
        { field: 'firstAppliedOn', code: 'entry.first_applied.after_submission' },
      ]);
    });
  });

  it('trial participants: each has a name', () => {
    const content = withChanges((c) => c.trialParticipants.push({ ...c.trialParticipants[0]!, name: ' ' }));
    expect(problemsOf(submit(content))).toEqual([{ field: 'trialParticipants.1.name', code: 'required' }]);
  });

  describe('authors', () => {
    it('at least one', () => {
      expect(problemsOf(submit(sampleEntryContent({ authors: [] })))).toEqual([
        { field: 'authors', code: 'entry.authors.none' },
      ]);
      expect(problemsOf(submit(without('authors')))).toEqual([
        { field: 'authors', code: 'entry.authors.none' },
      ]);
    });

    it('each has a name', () => {
      const result = submit(withChanges((c) => (c.authors[1]!.name = '')));
      expect(result.ok ? [] : result.problems.map((p) => [p.field, p.code, p.message])).toEqual([
        ['authors.1.name', 'required', 'The name of author 2 is required.'],
      ]);
    });

    it('each has a workplace or residence', () => {
      expect(problemsOf(submit(withChanges((c) => (c.authors[0]!.workplace = ' '))))).toEqual([
        { field: 'authors.0.workplace', code: 'required' },
      ]);
    });

    it('title and qualification are optional, since citizens may have neither', () => {
      expect(
        submit(withChanges((c) => Object.assign(c.authors[2]!, { title: '', qualification: '' }))).ok,
      ).toBe(true);
    });

    it('each has a date of birth', () => {
      expect(problemsOf(submit(withChanges((c) => (c.authors[2]!.dateOfBirth = null))))).toEqual([
        { field: 'authors.2.dateOfBirth', code: 'required' },
      ]);
    });

    it('nobody is born after the submission date', () => {
      expect(problemsOf(submit(withChanges((c) => (c.authors[0]!.dateOfBirth = '2022-09-02'))))).toEqual([
        { field: 'authors.0.dateOfBirth', code: 'entry.authors.born_after_submission' },
      ]);
    });

    it('nobody is listed twice, however the name was typed', () => {
      const content = withChanges((c) => {
        c.authors[2] = {
          ...c.authors[0]!,
          name: '  nguyễn  VĂN an '.normalize('NFD'),
          contributionPercent: 33.34,
        };
      });
      const result = submit(content);
      expect(problemsOf(result)).toEqual([{ field: 'authors.2', code: 'entry.authors.duplicate' }]);
      expect(!result.ok && result.problems[0]!.message).toContain('Author 3');
    });

    it('namesakes born on other days are different people', () => {
      const content = withChanges((c) => {
        c.authors[2] = { ...c.authors[0]!, dateOfBirth: '1991-01-01', contributionPercent: 33.34 };
      });
      expect(submit(content).ok).toBe(true);
    });

    it('each share is given', () => {
      expect(problemsOf(submit(withChanges((c) => (c.authors[1]!.contributionPercent = null))))).toEqual([
        { field: 'authors.1.contributionPercent', code: 'required' },
      ]);
    });

    it('each share is above 0', () => {
      const content = withChanges((c) => {
        c.authors[0]!.contributionPercent = 0;
        c.authors[2]!.contributionPercent = 66.67;
      });
      expect(problemsOf(submit(content))).toEqual([
        { field: 'authors.0.contributionPercent', code: 'entry.authors.contribution_not_positive' },
      ]);
    });

    it('each share has at most two decimals', () => {
      const content = withChanges((c) => {
        c.authors[0]!.contributionPercent = 33.333;
        c.authors[2]!.contributionPercent = 33.337;
      });
      expect(problemsOf(submit(content))).toEqual([
        { field: 'authors.0.contributionPercent', code: 'entry.authors.contribution_precision' },
        { field: 'authors.2.contributionPercent', code: 'entry.authors.contribution_precision' },
      ]);
    });

    it('shares of 33.33 + 33.33 + 33.34 add up to exactly 100', () => {
      const shares = sampleEntryContent().authors.map((author) => author.contributionPercent);
      expect(shares).toEqual([33.33, 33.33, 33.34]);
      expect(submit(sampleEntryContent()).ok).toBe(true);
    });

    it('shares whose floating-point sum is off still add up when they do in hundredths', () => {
      const content = withChanges((c) => {
        c.authors[0]!.contributionPercent = 59.31;
        c.authors[1]!.contributionPercent = 31.93;
        c.authors[2]!.contributionPercent = 8.76;
      });
      expect(59.31 + 31.93 + 8.76).not.toBe(100);
      expect(submit(content).ok).toBe(true);
    });

    it('shares must add up to exactly 100, naming the total', () => {
      const content = withChanges((c) => (c.authors[2]!.contributionPercent = 33.33));
      const result = submit(content);
      expect(problemsOf(result)).toEqual([{ field: 'authors', code: 'entry.authors.contribution_sum' }]);
      expect(!result.ok && result.problems[0]).toMatchObject({
        message: "The authors' contributions must add up to exactly 100 %; they add up to 99.99 %.",
        params: { total: 99.99 },
      });
    });

    it('a sole author has 100 %', () => {
      const sole = withChanges((c) => (c.authors = [{ ...c.authors[0]!, contributionPercent: 100 }]));
      expect(submit(sole).ok).toBe(true);
      const short = withChanges((c) => (c.authors = [{ ...c.authors[0]!, contributionPercent: 90 }]));
      expect(problemsOf(submit(short))).toEqual([
        { field: 'authors', code: 'entry.authors.contribution_sum' },
      ]);
    });
  });

  it('reports every problem at once', () => {
    // sampleContest accepts ideas not yet applied, so no first-application date is asked for
    const result = submit({ title: 'Chỉ có tên' });
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((problem) => problem.field)).toEqual([
      'entrantKind',
      'fieldKey',
      'solutionType',
      'format',
      'currentSituation',
      'solution',
      'novelty',
      'applicationScope',
      'conditionsToApply',
      'benefits',
      'stateFunding.used',
      'authors',
    ]);
  });
});
