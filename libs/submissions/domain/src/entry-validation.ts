import type { ContestEligibility } from './contest.ts';
import { authorProblems } from './entry-authors.ts';
import { EntryDraft, type Entry, type EntryContent } from './entry.ts';
import { fail, invalid, ok, resultOf, type Problem, type Result } from './result.ts';
import { schemaProblems } from './schema-problems.ts';
import { duplicatesOf, isBlank } from './text.ts';
import { isLocalDate, vietnamDateOf } from './vietnam-time.ts';

/** The text sections every submitted entry must fill, with the names messages use. */
const REQUIRED_TEXT = {
  title: 'Title',
  currentSituation: 'Current situation',
  solution: 'Content of the solution',
  novelty: 'Novelty',
  applicationScope: 'Scope of application',
  conditionsToApply: 'Conditions needed to apply it',
  benefits: 'Benefits and effectiveness',
} as const;

const REQUIRED_CHOICES = {
  entrantKind: 'Entrant kind',
  fieldKey: 'Field',
  solutionType: 'Solution type',
  format: 'Format',
} as const;

/** Validates an entry being written: only the shape of what is there, so authors can save at any point. */
export function validateEntryDraft(content: unknown): Result<EntryDraft> {
  const problems = schemaProblems(EntryDraft, content);
  return problems.length > 0 ? fail(problems) : ok(content as EntryDraft);
}

function requiredProblems(draft: EntryDraft): Problem[] {
  const problems: Problem[] = [];
  for (const [key, label] of Object.entries({ ...REQUIRED_CHOICES, ...REQUIRED_TEXT })) {
    if (isBlank(draft[key as keyof typeof REQUIRED_TEXT | keyof typeof REQUIRED_CHOICES])) {
      problems.push(invalid(key, 'required', `${label} is required.`));
    }
  }
  if (draft.stateFunding?.used === undefined) {
    problems.push(invalid('stateFunding.used', 'required', 'Say whether state funds were used.'));
  }
  return problems;
}

function entrantProblems(draft: EntryDraft, unitId: string | null, contest: ContestEligibility): Problem[] {
  const kind = draft.entrantKind;
  if (kind === undefined) return [];
  if (!contest.eligibleEntrants.includes(kind)) {
    return [
      invalid(
        'entrantKind',
        'entry.entrant_kind.not_allowed',
        `This contest does not accept entries from a ${kind}; it accepts: ${contest.eligibleEntrants.join(', ')}.`,
        { params: { kind } },
      ),
    ];
  }
  // a unit's or a civil servant's entry counts towards that unit's quota and goes through its pre-selection
  if ((kind === 'unit' || kind === 'individual') && unitId === null) {
    return [invalid('unitId', 'entry.unit.required', `An entry from a ${kind} must name its unit.`)];
  }
  return [];
}

function choiceProblems(draft: EntryDraft, contest: ContestEligibility): Problem[] {
  const problems: Problem[] = [];
  if (!isBlank(draft.fieldKey) && !contest.fields.some((field) => field.key === draft.fieldKey)) {
    problems.push(
      invalid(
        'fieldKey',
        'entry.field.not_in_contest',
        `Field "${draft.fieldKey}" is not one of this contest's fields.`,
        { params: { fieldKey: draft.fieldKey ?? null } },
      ),
    );
  }
  const indices = draft.targetIndices ?? [];
  indices.forEach((index, position) => {
    if (!contest.targetIndices.includes(index)) {
      problems.push(
        invalid(
          `targetIndices.${position}`,
          'entry.target_indices.not_in_contest',
          `Target index ${index} is not one this contest aims at.`,
        ),
      );
    }
  });
  for (const position of duplicatesOf(indices)) {
    problems.push(
      invalid(
        `targetIndices.${position}`,
        'entry.target_indices.duplicate',
        `Target index ${indices[position]} is listed twice.`,
      ),
    );
  }
  const sections = draft.confidentialSections ?? [];
  for (const position of duplicatesOf(sections)) {
    problems.push(
      invalid(
        `confidentialSections.${position}`,
        'entry.confidential.duplicate',
        `Section ${sections[position]} is marked confidential twice.`,
      ),
    );
  }
  return problems;
}

function applicationProblems(draft: EntryDraft, contest: ContestEligibility, submittedOn: string): Problem[] {
  const problems: Problem[] = [];
  const applied = draft.firstAppliedOn;
  if (applied === undefined || applied === null) {
    if (!contest.acceptsUnappliedIdeas) {
      problems.push(
        invalid(
          'firstAppliedOn',
          'entry.first_applied.required',
          'The date the solution was first applied or trial-applied is required; this contest does not accept ideas not yet applied.',
        ),
      );
    }
  } else if (!isLocalDate(applied)) {
    problems.push(
      invalid(
        'firstAppliedOn',
        'invalid_date',
        `First application date ${applied} is not a date in the calendar.`,
      ),
    );
  } else if (applied > submittedOn) {
    problems.push(
      invalid(
        'firstAppliedOn',
        'entry.first_applied.after_submission',
        `The first application date (${applied}) cannot be after the submission date (${submittedOn}).`,
        { params: { firstAppliedOn: applied, submittedOn } },
      ),
    );
  }
  (draft.trialParticipants ?? []).forEach((participant, index) => {
    if (isBlank(participant.name)) {
      problems.push(
        invalid(
          `trialParticipants.${index}.name`,
          'required',
          `The name of trial participant ${index + 1} is required.`,
        ),
      );
    }
  });
  const funding = draft.stateFunding;
  if (funding?.used === false && funding.amountVnd !== undefined && funding.amountVnd !== null) {
    problems.push(
      invalid(
        'stateFunding.amountVnd',
        'entry.state_funding.amount_without_funding',
        'An amount of state funds is given, but the entry says no state funds were used.',
      ),
    );
  }
  return problems;
}

/** NFC everywhere, so that text typed on different Vietnamese keyboards compares and searches alike. */
function normalised<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalised) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalised(item)])) as T;
  }
  return value;
}

function complete(draft: EntryDraft): EntryContent {
  return normalised({
    ...draft,
    investor: draft.investor ?? null,
    firstAppliedOn: draft.firstAppliedOn ?? null,
    trialParticipants: draft.trialParticipants ?? [],
    targetIndices: draft.targetIndices ?? [],
    confidentialSections: draft.confidentialSections ?? [],
    stateFunding: { used: draft.stateFunding!.used!, amountVnd: draft.stateFunding!.amountVnd ?? null },
  } as EntryContent);
}

/**
 * Validates an entry for submission to `contest` at `now` (the injected clock): shape, every required part, and
 * each rule of Decree 13 and of the contest. Succeeds with the complete content, missing lists filled in as empty
 * and text in NFC.
 */
export function validateEntryForSubmit(
  entry: Pick<Entry, 'unitId'> & { content: unknown },
  contest: ContestEligibility,
  now: Date,
): Result<EntryContent> {
  const shape = schemaProblems(EntryDraft, entry.content);
  if (shape.length > 0) return fail(shape);
  const draft = entry.content as EntryDraft;
  const submittedOn = vietnamDateOf(now);
  const problems = [
    ...requiredProblems(draft),
    ...entrantProblems(draft, entry.unitId, contest),
    ...authorProblems(draft.authors, submittedOn),
    ...choiceProblems(draft, contest),
    ...applicationProblems(draft, contest, submittedOn),
  ];
  return resultOf(problems, () => complete(draft));
}
