import type {
  Contest,
  EntrantKind,
  EntryAuthor,
  EntryDraft,
  EntryPerson,
  EntryStatus,
  FieldProblem,
} from '@cchc/portal-data-access';

/** Where the authors' shares stand: they must add up to exactly 100 %, each above 0 with at most two decimals. */
export interface ContributionCheck {
  /** The sum of the shares given so far, in %. */
  total: number;
  state: 'complete' | 'under' | 'over' | 'missing' | 'malformed';
}

/** Shares are written with at most two decimals (33.33 %), so they are added in hundredths to avoid 99.99999. */
function hundredths(percent: number): number | null {
  const scaled = percent * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : null;
}

/** Checks the authors' contribution shares as they are typed. */
export function contributionCheck(authors: readonly EntryAuthor[]): ContributionCheck {
  let total = 0;
  let missing = false;
  let malformed = false;
  for (const author of authors) {
    const percent = author.contributionPercent;
    if (percent === undefined || percent === null) {
      missing = true;
      continue;
    }
    const share = hundredths(percent);
    if (share === null || share <= 0) malformed = true;
    else total += share;
  }
  const percent = total / 100;
  if (malformed) return { total: percent, state: 'malformed' };
  if (total > 10_000) return { total: percent, state: 'over' };
  if (missing || authors.length === 0) return { total: percent, state: 'missing' };
  return { total: percent, state: total === 10_000 ? 'complete' : 'under' };
}

const problem = (field: string, code: string, message: string): FieldProblem => ({
  field,
  code,
  message,
  messageVi: null,
});

/**
 * The rules worth telling while the author types, with the service's codes: shares adding up to 100 and no date after
 * `today` (Viet Nam's, `YYYY-MM-DD`; an entry submitted today cannot have been applied or be by someone born later).
 * Everything else is checked when the entry is submitted.
 */
export function liveProblems(draft: EntryDraft, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const authors = draft.authors ?? [];
  authors.forEach((author, index) => {
    if (author.dateOfBirth && author.dateOfBirth > today) {
      problems.push(
        problem(`authors.${index}.dateOfBirth`, 'entry.authors.born_after_submission', 'Born after today.'),
      );
    }
  });
  const shares = contributionCheck(authors);
  if (shares.state === 'malformed') {
    problems.push(
      problem(
        'authors',
        'entry.authors.contribution_precision',
        'Shares are above 0 with two decimals at most.',
      ),
    );
  } else if (shares.state === 'under' || shares.state === 'over') {
    problems.push(problem('authors', 'entry.authors.contribution_sum', 'The shares must add up to 100 %.'));
  }
  if (draft.firstAppliedOn && draft.firstAppliedOn > today) {
    problems.push(
      problem(
        'firstAppliedOn',
        'entry.first_applied.after_submission',
        'The first application is after today.',
      ),
    );
  }
  (draft.trialParticipants ?? []).forEach((participant, index) => {
    if (participant.dateOfBirth && participant.dateOfBirth > today) {
      problems.push(
        problem(
          `trialParticipants.${index}.dateOfBirth`,
          'entry.authors.born_after_submission',
          'Born after today.',
        ),
      );
    }
  });
  return problems;
}

/**
 * A new entry for `contest`: from an individual civil servant where the contest allows it, with the signed-in user as
 * its first author with the whole share (they can add co-authors and split it).
 */
export function newEntryDraft(contest: Pick<Contest, 'eligibleEntrants'>, authorName: string): EntryDraft {
  const kind: EntrantKind | undefined = contest.eligibleEntrants.includes('individual')
    ? 'individual'
    : contest.eligibleEntrants[0];
  return {
    ...(kind ? { entrantKind: kind } : {}),
    authors: [{ name: authorName, contributionPercent: 100 }],
    trialParticipants: [],
    targetIndices: [],
    confidentialSections: [],
  };
}

/** Every part of an application the service takes, in the order of the form. */
const DRAFT_KEYS = [
  'entrantKind',
  'authors',
  'investor',
  'fieldKey',
  'solutionType',
  'format',
  'title',
  'currentSituation',
  'solution',
  'novelty',
  'firstAppliedOn',
  'applicationScope',
  'trialParticipants',
  'conditionsToApply',
  'benefits',
  'stateFunding',
  'targetIndices',
  'confidentialSections',
] as const satisfies readonly (keyof EntryDraft)[];

/**
 * The draft the form edits, from the content the service shows: only the parts a draft has, since a view of the
 * entry may add others (`withheldSections` where confidential parts were left out) that a save would be refused for.
 */
export function draftOf(content: object): EntryDraft {
  const parts = content as Readonly<Record<string, unknown>>;
  return Object.fromEntries(DRAFT_KEYS.filter((key) => key in parts).map((key) => [key, parts[key]]));
}

const blankDate = (date: string | null | undefined) => (date ? date : null);
const withDate = <P extends EntryPerson>(person: P): P => ({
  ...person,
  dateOfBirth: blankDate(person.dateOfBirth),
});

/** The draft as the service takes it: an emptied date is "no date" (null), not an empty string. */
export function draftForSave(draft: EntryDraft): EntryDraft {
  return {
    ...draft,
    ...(draft.authors ? { authors: draft.authors.map(withDate) } : {}),
    ...(draft.trialParticipants ? { trialParticipants: draft.trialParticipants.map(withDate) } : {}),
    ...('firstAppliedOn' in draft ? { firstAppliedOn: blankDate(draft.firstAppliedOn) } : {}),
  };
}

/** What the author may do with an entry in `status`; the service decides again, with its clock for deadlines. */
export function entryActions(status: EntryStatus): { edit: boolean; submit: boolean; withdraw: boolean } {
  return {
    edit: status === 'draft',
    submit: status === 'draft',
    withdraw: status === 'submitted' || status === 'forwarded' || status === 'eligible',
  };
}

/** The parts of an application the form shows problems next to (`unitId` with the entrant kind). */
const INLINE_PARTS = new Set<string>([
  ...DRAFT_KEYS.filter((key) => key !== 'confidentialSections'),
  'unitId',
]);

/** True for a problem the form shows next to its input rather than in the notice above the buttons. */
export function isShownInline(field: string): boolean {
  return INLINE_PARTS.has(field.split('.')[0] ?? '');
}
