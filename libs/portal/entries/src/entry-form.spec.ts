import type { EntryAuthor } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import {
  contributionCheck,
  draftForSave,
  draftOf,
  entryActions,
  isShownInline,
  liveProblems,
  newEntryDraft,
} from './entry-form';

const shares = (...percents: (number | null)[]): EntryAuthor[] =>
  percents.map((contributionPercent, index) => ({ name: `Tác giả ${index + 1}`, contributionPercent }));
const codes = (...args: Parameters<typeof liveProblems>) =>
  liveProblems(...args).map((problem) => `${problem.field} ${problem.code}`);

describe('contributionCheck', () => {
  it('adds shares with two decimals exactly', () => {
    expect(contributionCheck(shares(33.33, 33.33, 33.34))).toEqual({ total: 100, state: 'complete' });
    expect(contributionCheck(shares(0.1, 0.2, 99.7))).toEqual({ total: 100, state: 'complete' });
    expect(contributionCheck(shares(60, 30))).toEqual({ total: 90, state: 'under' });
    expect(contributionCheck(shares(60, 50))).toEqual({ total: 110, state: 'over' });
  });

  it('waits for every share before judging the sum, unless it is already over', () => {
    expect(contributionCheck(shares(60, null))).toEqual({ total: 60, state: 'missing' });
    expect(contributionCheck(shares(120, null)).state).toBe('over');
    expect(contributionCheck([]).state).toBe('missing');
  });

  it('refuses shares of 0 or below and with more than two decimals', () => {
    expect(contributionCheck(shares(100, 0)).state).toBe('malformed');
    expect(contributionCheck(shares(33.333, 66.667)).state).toBe('malformed');
  });
});

describe('liveProblems', () => {
  const today = '2025-06-05';

  it('tells about shares that do not add up to 100 and dates after today', () => {
    expect(
      codes(
        {
          authors: [
            { name: 'A', dateOfBirth: '1990-01-01', contributionPercent: 60 },
            { name: 'B', dateOfBirth: '2025-06-06', contributionPercent: 30 },
          ],
          firstAppliedOn: '2025-06-06',
          trialParticipants: [{ name: 'C', dateOfBirth: '2030-01-01' }],
        },
        today,
      ),
    ).toEqual([
      'authors.1.dateOfBirth entry.authors.born_after_submission',
      'authors entry.authors.contribution_sum',
      'firstAppliedOn entry.first_applied.after_submission',
      'trialParticipants.0.dateOfBirth entry.authors.born_after_submission',
    ]);
  });

  it('accepts today and an application form still being filled in', () => {
    expect(codes({ authors: shares(100), firstAppliedOn: today }, today)).toEqual([]);
    expect(codes({ authors: shares(50, null) }, today)).toEqual([]);
    expect(codes({}, today)).toEqual([]);
    expect(codes({ authors: shares(50, 0) }, today)).toEqual([
      'authors entry.authors.contribution_precision',
    ]);
  });
});

describe('newEntryDraft', () => {
  it('starts from an individual with the user as sole author', () => {
    expect(newEntryDraft({ eligibleEntrants: ['unit', 'individual'] }, 'Bế Thị Lan')).toEqual({
      entrantKind: 'individual',
      authors: [{ name: 'Bế Thị Lan', contributionPercent: 100 }],
      trialParticipants: [],
      targetIndices: [],
      confidentialSections: [],
    });
    expect(newEntryDraft({ eligibleEntrants: ['citizen'] }, 'X').entrantKind).toBe('citizen');
    expect(newEntryDraft({ eligibleEntrants: [] }, 'X')).not.toHaveProperty('entrantKind');
  });
});

describe('draftForSave', () => {
  it('turns emptied dates into no date and leaves the rest alone', () => {
    expect(
      draftForSave({
        title: 'T',
        firstAppliedOn: '',
        authors: [
          { name: 'A', dateOfBirth: '' },
          { name: 'B', dateOfBirth: '1990-02-03' },
        ],
        trialParticipants: [{ name: 'C' }],
      }),
    ).toEqual({
      title: 'T',
      firstAppliedOn: null,
      authors: [
        { name: 'A', dateOfBirth: null },
        { name: 'B', dateOfBirth: '1990-02-03' },
      ],
      trialParticipants: [{ name: 'C', dateOfBirth: null }],
    });
    expect(draftForSave({ title: 'T' })).toEqual({ title: 'T' });
  });
});

describe('entryActions', () => {
  it('edits and submits drafts, withdraws what was submitted and not yet refused', () => {
    expect(entryActions('draft')).toEqual({ edit: true, submit: true, withdraw: false });
    expect(entryActions('submitted')).toEqual({ edit: false, submit: false, withdraw: true });
    expect(entryActions('eligible').withdraw).toBe(true);
    expect(entryActions('ineligible')).toEqual({ edit: false, submit: false, withdraw: false });
    expect(entryActions('withdrawn').withdraw).toBe(false);
  });
});

describe('isShownInline', () => {
  it('shows problems of the application next to their inputs, the window’s and the whole’s in the notice', () => {
    expect(isShownInline('authors.1.contributionPercent')).toBe(true);
    expect(isShownInline('stateFunding.used')).toBe(true);
    expect(isShownInline('unitId')).toBe(true);
    expect(isShownInline('submissionWindow.closesAt')).toBe(false);
    expect(isShownInline('status')).toBe(false);
    expect(isShownInline('')).toBe(false);
  });
});

describe('draftOf', () => {
  it('keeps only the parts of an application, whatever else a view of the entry adds', () => {
    expect(
      draftOf({ title: 'T', authors: [], withheldSections: ['solution'], firstAppliedOn: null }),
    ).toEqual({
      title: 'T',
      authors: [],
      firstAppliedOn: null,
    });
  });
});
