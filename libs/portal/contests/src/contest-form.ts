import type {
  Contest,
  ContestField,
  ContestInput,
  EntrantKind,
  FieldProblem,
  TargetIndex,
} from '@cchc/portal-data-access';
import { CCHC_FIELDS } from './cchc-fields';

/** The steps of the contest wizard, in order. */
export const WIZARD_STEPS = ['plan', 'fields', 'eligibility', 'quota', 'timeline', 'rounds'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** What the wizard edits: a contest's definition as its inputs hold it (years may be blank while typing). */
export interface ContestForm {
  planNumber: string;
  /** `YYYY-MM-DD` */
  planDate: string;
  issuingBody: string;
  title: string;
  startYear: number | null;
  endYear: number | null;
  description: string;
  rules: string;
  fields: ContestField[];
  eligibleEntrants: EntrantKind[];
  targetIndices: TargetIndex[];
  acceptsUnappliedIdeas: boolean;
  quotaEnabled: boolean;
  minEntriesPerUnit: number | null;
  /** Instants (ISO); '' until chosen. */
  opensAt: string;
  closesAt: string;
  oralDefence: boolean;
  preparationDays: number | null;
  unitPreselection: boolean;
  blindJudging: boolean;
}

const ALL_TARGET_INDICES: TargetIndex[] = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'DDCI'];
/** Hậu Giang gives ten days to prepare an oral defence; a sensible start for others. */
const DEFAULT_PREPARATION_DAYS = 10;
export const FIELD_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A new contest for `year`: the six CCHC fields, units and civil servants, every index, one written round. */
export function newContestForm(year: number): ContestForm {
  return {
    planNumber: '',
    planDate: '',
    issuingBody: '',
    title: '',
    startYear: year,
    endYear: year,
    description: '',
    rules: '',
    fields: CCHC_FIELDS.map((field) => ({ ...field })),
    eligibleEntrants: ['unit', 'individual'],
    targetIndices: [...ALL_TARGET_INDICES],
    acceptsUnappliedIdeas: false,
    quotaEnabled: false,
    minEntriesPerUnit: 1,
    opensAt: '',
    closesAt: '',
    oralDefence: false,
    preparationDays: DEFAULT_PREPARATION_DAYS,
    unitPreselection: false,
    blindJudging: false,
  };
}

/** The form of an existing contest, e.g. a draft copied from last year's. */
export function contestFormOf(contest: Contest): ContestForm {
  const oral = contest.rounds.find((round) => round.kind === 'oral-defence');
  return {
    planNumber: contest.planNumber,
    planDate: contest.planDate,
    issuingBody: contest.issuingBody,
    title: contest.title,
    startYear: contest.period.startYear,
    endYear: contest.period.endYear,
    description: contest.description,
    rules: contest.rules,
    fields: contest.fields.map((field) => ({ ...field })),
    eligibleEntrants: [...contest.eligibleEntrants],
    targetIndices: [...contest.targetIndices],
    acceptsUnappliedIdeas: contest.acceptsUnappliedIdeas,
    quotaEnabled: contest.quota !== null,
    minEntriesPerUnit: contest.quota?.minEntriesPerUnit ?? 1,
    opensAt: contest.submissionWindow.opensAt,
    closesAt: contest.submissionWindow.closesAt,
    oralDefence: oral !== undefined,
    preparationDays: oral?.preparationDays ?? DEFAULT_PREPARATION_DAYS,
    unitPreselection: contest.unitPreselection,
    blindJudging: contest.blindJudging,
  };
}

/** The definition the service takes; send it only once `formProblems` finds nothing. */
export function contestInputOf(form: ContestForm): ContestInput {
  return {
    planNumber: form.planNumber.trim(),
    planDate: form.planDate,
    issuingBody: form.issuingBody.trim(),
    title: form.title.trim(),
    period: { startYear: form.startYear ?? 0, endYear: form.endYear ?? form.startYear ?? 0 },
    description: form.description,
    rules: form.rules,
    fields: form.fields.map((field) => ({
      key: field.key,
      labelVi: field.labelVi.trim(),
      labelEn: field.labelEn.trim() || field.labelVi.trim(),
    })),
    targetIndices: [...form.targetIndices],
    eligibleEntrants: [...form.eligibleEntrants],
    quota: form.quotaEnabled ? { minEntriesPerUnit: form.minEntriesPerUnit ?? 0 } : null,
    submissionWindow: { opensAt: form.opensAt, closesAt: form.closesAt },
    rounds: form.oralDefence
      ? [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: form.preparationDays ?? 0 }]
      : [{ kind: 'written' }],
    unitPreselection: form.unitPreselection,
    blindJudging: form.blindJudging,
    acceptsUnappliedIdeas: form.acceptsUnappliedIdeas,
  };
}

/** A rule broken in the form, with the code the service uses for the same rule, so both read alike. */
const problem = (field: string, code: string, message: string): FieldProblem => ({
  field,
  code,
  message,
  messageVi: null,
});

const blank = (text: string) => text.trim() === '';
const yearInRange = (year: number | null) =>
  year !== null && Number.isInteger(year) && year >= 2000 && year <= 2100;

function planProblems(form: ContestForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of ['planNumber', 'planDate', 'issuingBody', 'title'] as const) {
    if (blank(form[key])) problems.push(problem(key, 'required', `${key} is required.`));
  }
  for (const key of ['startYear', 'endYear'] as const) {
    if (!yearInRange(form[key])) {
      problems.push(
        problem(`period.${key}`, 'contest.period.out_of_range', `${key} is not between 2000 and 2100.`),
      );
    }
  }
  if (yearInRange(form.startYear) && yearInRange(form.endYear) && form.endYear! < form.startYear!) {
    problems.push(problem('period.endYear', 'contest.period.reversed', 'The period ends before it starts.'));
  }
  return problems;
}

function fieldProblems(form: ContestForm): FieldProblem[] {
  if (form.fields.length === 0) return [problem('fields', 'contest.fields.empty', 'Add at least one field.')];
  const seen = new Set<string>();
  return form.fields.flatMap((field, index) => {
    const problems: FieldProblem[] = [];
    if (blank(field.labelVi)) {
      problems.push(problem(`fields.${index}.labelVi`, 'required', 'The Vietnamese name is required.'));
    }
    if (!FIELD_KEY_PATTERN.test(field.key)) {
      problems.push(problem(`fields.${index}.key`, 'contest.fields.bad_key', 'The key is not well formed.'));
    } else if (seen.has(field.key)) {
      problems.push(problem(`fields.${index}.key`, 'contest.fields.duplicate_key', 'The key is used twice.'));
    }
    seen.add(field.key);
    return problems;
  });
}

function eligibilityProblems(form: ContestForm): FieldProblem[] {
  return form.eligibleEntrants.length === 0
    ? [problem('eligibleEntrants', 'contest.eligibility.empty', 'Allow at least one kind of entrant.')]
    : [];
}

function quotaProblems(form: ContestForm): FieldProblem[] {
  if (!form.quotaEnabled) return [];
  const min = form.minEntriesPerUnit;
  if (min === null || !Number.isInteger(min) || min < 1) {
    return [problem('quota.minEntriesPerUnit', 'contest.quota.below_one', 'The quota must be at least 1.')];
  }
  // a unit meets its quota with its own and its staff's entries; without either it never could
  if (!form.eligibleEntrants.some((kind) => kind === 'unit' || kind === 'individual')) {
    return [
      problem('quota', 'contest.quota.without_units', 'A quota needs units or civil servants as entrants.'),
    ];
  }
  return [];
}

function timelineProblems(form: ContestForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of ['opensAt', 'closesAt'] as const) {
    if (blank(form[key]))
      problems.push(problem(`submissionWindow.${key}`, 'required', `${key} is required.`));
  }
  if (problems.length === 0 && Date.parse(form.closesAt) <= Date.parse(form.opensAt)) {
    problems.push(
      problem(
        'submissionWindow.closesAt',
        'contest.window.closes_before_opens',
        'The window closes before it opens.',
      ),
    );
  }
  return problems;
}

function roundProblems(form: ContestForm): FieldProblem[] {
  const days = form.preparationDays;
  if (form.oralDefence && (days === null || !Number.isInteger(days) || days < 1)) {
    return [
      problem(
        'rounds.1.preparationDays',
        'contest.rounds.preparation_missing',
        'Give at least 1 day to prepare.',
      ),
    ];
  }
  return [];
}

const STEP_CHECKS: Record<WizardStep, (form: ContestForm) => FieldProblem[]> = {
  plan: planProblems,
  fields: fieldProblems,
  eligibility: eligibilityProblems,
  quota: quotaProblems,
  timeline: timelineProblems,
  rounds: roundProblems,
};

/** The rules a step's inputs break; the service checks them all again. */
export function stepProblems(form: ContestForm, step: WizardStep): FieldProblem[] {
  return STEP_CHECKS[step](form);
}

/** Every rule the form breaks, in step order. */
export function formProblems(form: ContestForm): FieldProblem[] {
  return WIZARD_STEPS.flatMap((step) => stepProblems(form, step));
}

/** Which settings each step holds, by the first part of their path. */
const STEP_SETTINGS: Record<WizardStep, readonly string[]> = {
  plan: ['planNumber', 'planDate', 'issuingBody', 'title', 'period', 'description', 'rules'],
  fields: ['fields'],
  eligibility: ['eligibleEntrants', 'targetIndices', 'acceptsUnappliedIdeas'],
  quota: ['quota'],
  timeline: ['submissionWindow'],
  rounds: ['rounds', 'unitPreselection', 'blindJudging'],
};

/** The step where a problem's field is entered, so the wizard can go there; null for the contest as a whole. */
export function stepOfField(field: string): WizardStep | null {
  const setting = field.split('.')[0] ?? '';
  return WIZARD_STEPS.find((step) => STEP_SETTINGS[step].includes(setting)) ?? null;
}

/**
 * A key for a province's own field, from its Vietnamese name without diacritics (`Chuyển đổi số` gives
 * `chuyen-doi-so`), made unique among `taken`.
 */
export function fieldKeyFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'field';
  let key = base;
  for (let suffix = 2; taken.includes(key); suffix++) key = `${base}-${suffix}`;
  return key;
}
