import { Value } from 'typebox/value';
import { ContestInput } from './contest.ts';
import { invalid, resultOf, fail, type Problem, type Result } from './result.ts';
import { schemaProblems } from './schema-problems.ts';
import { duplicatesOf, isBlank } from './text.ts';
import { isLocalDate } from './vietnam-time.ts';

/** Years a contest may fall in; outside them a typo is far likelier than a real plan. */
export const CONTEST_YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** The longest period a plan covers: the master CCHC programme runs ten years (2021–2030). */
export const MAX_PERIOD_YEARS = 10;
export const FIELD_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function requiredText(input: ContestInput): Problem[] {
  const labels = { planNumber: 'Plan number', issuingBody: 'Issuing body', title: 'Title' } as const;
  return (Object.keys(labels) as (keyof typeof labels)[])
    .filter((key) => isBlank(input[key]))
    .map((key) => invalid(key, 'required', `${labels[key]} is required.`));
}

function planDateProblems(input: ContestInput): Problem[] {
  return isLocalDate(input.planDate)
    ? []
    : [invalid('planDate', 'invalid_date', `Plan date ${input.planDate} is not a date in the calendar.`)];
}

function periodProblems({ period }: ContestInput): Problem[] {
  const { min, max } = CONTEST_YEAR_RANGE;
  const problems: Problem[] = [];
  for (const key of ['startYear', 'endYear'] as const) {
    if (period[key] < min || period[key] > max) {
      problems.push(
        invalid(
          `period.${key}`,
          'contest.period.out_of_range',
          `Year ${period[key]} is not between ${min} and ${max}.`,
          {
            params: { min, max },
          },
        ),
      );
    }
  }
  if (problems.length > 0) return problems;
  if (period.endYear < period.startYear) {
    return [
      invalid(
        'period.endYear',
        'contest.period.reversed',
        `The period cannot end (${period.endYear}) before it starts (${period.startYear}).`,
      ),
    ];
  }
  if (period.endYear - period.startYear + 1 > MAX_PERIOD_YEARS) {
    return [
      invalid(
        'period.endYear',
        'contest.period.too_long',
        `The period ${period.startYear}–${period.endYear} is longer than ${MAX_PERIOD_YEARS} years.`,
        { params: { max: MAX_PERIOD_YEARS } },
      ),
    ];
  }
  return [];
}

function fieldProblems({ fields }: ContestInput): Problem[] {
  if (fields.length === 0) {
    return [invalid('fields', 'contest.fields.empty', 'The contest needs at least one field.')];
  }
  const problems: Problem[] = [];
  fields.forEach((field, index) => {
    if (!FIELD_KEY_PATTERN.test(field.key)) {
      problems.push(
        invalid(
          `fields.${index}.key`,
          'contest.fields.bad_key',
          `Field key "${field.key}" must be lower-case letters and digits in words joined by hyphens.`,
        ),
      );
    }
    if (isBlank(field.labelVi)) {
      problems.push(
        invalid(
          `fields.${index}.labelVi`,
          'required',
          `The Vietnamese label of field ${index + 1} is required.`,
        ),
      );
    }
  });
  for (const index of duplicatesOf(fields.map((field) => field.key))) {
    problems.push(
      invalid(
        `fields.${index}.key`,
        'contest.fields.duplicate_key',
        `Field key "${fields[index]!.key}" is used by more than one field.`,
      ),
    );
  }
  return problems;
}

function audienceProblems({ targetIndices, eligibleEntrants, quota }: ContestInput): Problem[] {
  const problems: Problem[] = [];
  for (const index of duplicatesOf(targetIndices)) {
    problems.push(
      invalid(
        `targetIndices.${index}`,
        'contest.target_indices.duplicate',
        `Target index ${targetIndices[index]} is listed twice.`,
      ),
    );
  }
  if (eligibleEntrants.length === 0) {
    problems.push(
      invalid(
        'eligibleEntrants',
        'contest.eligibility.empty',
        'At least one kind of entrant must be allowed.',
      ),
    );
  }
  for (const index of duplicatesOf(eligibleEntrants)) {
    problems.push(
      invalid(
        `eligibleEntrants.${index}`,
        'contest.eligibility.duplicate',
        `Entrant kind ${eligibleEntrants[index]} is listed twice.`,
      ),
    );
  }
  if (quota && quota.minEntriesPerUnit < 1) {
    problems.push(
      invalid(
        'quota.minEntriesPerUnit',
        'contest.quota.below_one',
        `The quota must be at least 1 entry per unit (got ${quota.minEntriesPerUnit}); set no quota instead.`,
      ),
    );
  }
  // a unit's quota is met by its own entries and its staff's; with neither allowed it could never be met
  if (quota && !eligibleEntrants.some((kind) => kind === 'unit' || kind === 'individual')) {
    problems.push(
      invalid(
        'quota',
        'contest.quota.without_units',
        'A per-unit quota needs units or individual civil servants among the allowed entrants.',
      ),
    );
  }
  return problems;
}

function windowProblems({ submissionWindow }: ContestInput): Problem[] {
  if (Date.parse(submissionWindow.closesAt) > Date.parse(submissionWindow.opensAt)) return [];
  return [
    invalid(
      'submissionWindow.closesAt',
      'contest.window.closes_before_opens',
      'The submission window must close after it opens.',
      { params: { opensAt: submissionWindow.opensAt, closesAt: submissionWindow.closesAt } },
    ),
  ];
}

function roundProblems({ rounds }: ContestInput): Problem[] {
  if (rounds.length === 0) {
    return [invalid('rounds', 'contest.rounds.empty', 'The contest needs at least one round.')];
  }
  if (rounds.length > 2) {
    return [
      invalid(
        'rounds',
        'contest.rounds.too_many',
        'A contest has at most two rounds: written, then oral defence.',
      ),
    ];
  }
  const problems: Problem[] = [];
  if (rounds[0]!.kind !== 'written') {
    problems.push(
      invalid('rounds.0.kind', 'contest.rounds.first_not_written', 'Round 1 must be the written round.'),
    );
  }
  if (rounds[1] && rounds[1].kind !== 'oral-defence') {
    problems.push(
      invalid('rounds.1.kind', 'contest.rounds.second_not_oral', 'Round 2 must be the oral defence.'),
    );
  }
  rounds.forEach((round, index) => {
    const field = `rounds.${index}.preparationDays`;
    if (round.kind === 'oral-defence' && (round.preparationDays ?? 0) < 1) {
      problems.push(
        invalid(
          field,
          'contest.rounds.preparation_missing',
          `Round ${index + 1} (oral defence) needs a preparation period of at least 1 day.`,
        ),
      );
    }
    if (round.kind === 'written' && round.preparationDays !== undefined) {
      problems.push(
        invalid(
          field,
          'contest.rounds.preparation_on_written',
          `Round ${index + 1} is written and takes no preparation period.`,
        ),
      );
    }
  });
  return problems;
}

/** Checks the rules of a contest definition that already has the right shape (e.g. after route validation). */
export function contestRuleProblems(input: ContestInput): Problem[] {
  return [
    ...requiredText(input),
    ...planDateProblems(input),
    ...periodProblems(input),
    ...fieldProblems(input),
    ...audienceProblems(input),
    ...windowProblems(input),
    ...roundProblems(input),
  ];
}

/**
 * Validates a contest definition from a client: fills the defaults (the six CCHC fields, all indices, units and
 * individuals, one written round), checks the shape, then the rules; the window's instants come back in UTC.
 */
export function validateContestInput(input: unknown): Result<ContestInput> {
  const candidate = Value.Default(ContestInput, Value.Clone(input)) as ContestInput;
  const shape = schemaProblems(ContestInput, candidate);
  if (shape.length > 0) return fail(shape);
  return resultOf(contestRuleProblems(candidate), () => ({
    ...candidate,
    submissionWindow: {
      opensAt: new Date(candidate.submissionWindow.opensAt).toISOString(),
      closesAt: new Date(candidate.submissionWindow.closesAt).toISOString(),
    },
  }));
}
