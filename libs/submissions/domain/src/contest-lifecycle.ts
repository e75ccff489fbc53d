import {
  CONTEST_SETTINGS,
  ContestPatch,
  type Contest,
  type ContestInput,
  type ContestStatus,
} from './contest.ts';
import { contestRuleProblems } from './contest-validation.ts';
import { conflict, fail, ok, resultOf, type Problem, type Result } from './result.ts';
import { schemaProblems } from './schema-problems.ts';
import { isBlank } from './text.ts';

/**
 * The states a contest may move to from each state. A closed contest may reopen (after its deadline was extended)
 * until judging starts; a draft that will never run may be archived so that it leaves the lists but stays on record.
 */
export const CONTEST_TRANSITIONS: Readonly<Record<ContestStatus, readonly ContestStatus[]>> = {
  draft: ['open', 'archived'],
  open: ['closed'],
  closed: ['open', 'judging'],
  judging: ['finalized'],
  finalized: ['archived'],
  archived: [],
};

/**
 * Which settings may change in which state. Once a contest is open, authors rely on its rules, fields, eligibility and
 * rounds, so those are fixed; the deadline may only move later, and blind judging may change until judging begins.
 */
export const EDITABLE_SETTINGS: Readonly<Record<ContestStatus, readonly (keyof ContestInput)[]>> = {
  draft: CONTEST_SETTINGS,
  open: ['description', 'submissionWindow', 'blindJudging'],
  closed: ['description', 'submissionWindow', 'blindJudging'],
  judging: ['description'],
  finalized: ['description'],
  archived: [],
};

/** Lists the settings that may change while a contest is in `status`. */
export function editableSettings(status: ContestStatus): readonly (keyof ContestInput)[] {
  return EDITABLE_SETTINGS[status];
}

/** True when the table allows moving a contest from `from` to `to`. */
export function canMoveContest(from: ContestStatus, to: ContestStatus): boolean {
  return CONTEST_TRANSITIONS[from].includes(to);
}

/**
 * Decides whether a contest may move to `to` now: the move must be in the table, a contest opens only with rules
 * text and before its window ends, and closes only once its window has ended (the server's clock decides).
 */
export function transitionContest(
  contest: Pick<Contest, 'status' | 'submissionWindow' | 'rules'>,
  to: ContestStatus,
  now: Date,
): Result<ContestStatus> {
  const from = contest.status;
  if (!canMoveContest(from, to)) {
    return fail(
      conflict('status', 'contest.transition.invalid', `A contest cannot move from ${from} to ${to}.`, {
        params: { from, to },
      }),
    );
  }
  const closesAt = Date.parse(contest.submissionWindow.closesAt);
  if (to === 'open' && from === 'draft' && isBlank(contest.rules)) {
    return fail(
      conflict(
        'rules',
        'contest.transition.rules_missing',
        'A contest cannot open before its rules are written.',
      ),
    );
  }
  if (to === 'open' && now.getTime() >= closesAt) {
    return fail(
      conflict(
        'submissionWindow.closesAt',
        'contest.transition.window_ended',
        'A contest cannot open after its submission window has closed; extend the deadline first.',
        { params: { from, to, closesAt: contest.submissionWindow.closesAt } },
      ),
    );
  }
  if (to === 'closed' && now.getTime() < closesAt) {
    return fail(
      conflict(
        'submissionWindow.closesAt',
        'contest.transition.window_still_open',
        'A contest cannot close before its submission window ends.',
        { params: { from, to, closesAt: contest.submissionWindow.closesAt } },
      ),
    );
  }
  return ok(to);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function windowChangeProblems(contest: Contest, next: Contest['submissionWindow']): Problem[] {
  const before = contest.submissionWindow;
  const problems: Problem[] = [];
  if (Date.parse(next.opensAt) !== Date.parse(before.opensAt)) {
    problems.push(
      conflict(
        'submissionWindow.opensAt',
        'contest.edit.opening_moved',
        `The opening of the submission window cannot change while the contest is ${contest.status}.`,
        { params: { status: contest.status } },
      ),
    );
  }
  if (Date.parse(next.closesAt) < Date.parse(before.closesAt)) {
    problems.push(
      conflict(
        'submissionWindow.closesAt',
        'contest.edit.window_shortened',
        `The deadline can only be extended while the contest is ${contest.status}, not brought forward.`,
        { params: { status: contest.status, closesAt: before.closesAt } },
      ),
    );
  }
  return problems;
}

/**
 * Applies a change to a contest's settings: refuses settings its state does not allow to change (values sent back
 * unchanged are fine), then checks the contest it would produce with every rule of a new one.
 */
export function applyContestEdit(contest: Contest, patch: unknown): Result<Contest> {
  const shape = schemaProblems(ContestPatch, patch);
  if (shape.length > 0) return fail(shape);
  const changes = patch as ContestPatch;
  const allowed = editableSettings(contest.status);
  const problems: Problem[] = [];
  for (const key of Object.keys(changes) as (keyof ContestInput)[]) {
    if (sameValue(changes[key], contest[key])) continue;
    if (!allowed.includes(key)) {
      problems.push(
        conflict(
          key,
          'contest.edit.not_allowed',
          `${key} cannot be changed while the contest is ${contest.status}.`,
          {
            params: { status: contest.status },
          },
        ),
      );
    } else if (key === 'submissionWindow' && contest.status !== 'draft' && changes.submissionWindow) {
      problems.push(...windowChangeProblems(contest, changes.submissionWindow));
    }
  }
  if (problems.length > 0) return fail(problems);
  const next: Contest = { ...contest, ...changes };
  return resultOf(contestRuleProblems(next), () => ({
    ...next,
    submissionWindow: {
      opensAt: new Date(next.submissionWindow.opensAt).toISOString(),
      closesAt: new Date(next.submissionWindow.closesAt).toISOString(),
    },
  }));
}
