import type { Contest, ContestEligibility, ContestTiming } from './contest.ts';
import { canSubmit, canWithdraw } from './deadline.ts';
import { validateEntryForSubmit } from './entry-validation.ts';
import type { Entry, EntryContent, EntryStatus } from './entry.ts';
import { conflict, fail, forbidden, invalid, ok, type Problem, type Result } from './result.ts';
import { isBlank } from './text.ts';

/**
 * The states an entry may move to from each state. Forwarding is the unit's pre-selection; screening decides
 * eligibility and may be corrected (eligible ⇄ ineligible) until judging starts; withdrawn is final.
 */
export const ENTRY_TRANSITIONS: Readonly<Record<EntryStatus, readonly EntryStatus[]>> = {
  draft: ['submitted'],
  submitted: ['forwarded', 'eligible', 'ineligible', 'withdrawn'],
  forwarded: ['eligible', 'ineligible', 'withdrawn'],
  eligible: ['ineligible', 'withdrawn'],
  ineligible: ['eligible'],
  withdrawn: [],
};

/** Who is acting, as the verified token says. */
export interface Actor {
  roles: readonly string[];
  province: string | null;
  unitId: string | null;
}

/** A status change an action produces, for the row, the event and the history. */
export interface EntryStatusChange {
  from: EntryStatus;
  to: EntryStatus;
  /** Why an entry was found ineligible; null otherwise. */
  reason: string | null;
}

export const UNIT_COORDINATOR_ROLE = 'unit-coordinator';
export const PROVINCE_ADMIN_ROLE = 'province-admin';

/** Contest states in which eligibility may be decided: entries have arrived and judging has not begun. */
const SCREENING_STATES: readonly Contest['status'][] = ['open', 'closed'];

/** True when the table allows moving an entry from `from` to `to`. */
export function canMoveEntry(from: EntryStatus, to: EntryStatus): boolean {
  return ENTRY_TRANSITIONS[from].includes(to);
}

function transitionProblem(from: EntryStatus, to: EntryStatus): Problem {
  return conflict('status', 'entry.transition.invalid', `An entry cannot move from ${from} to ${to}.`, {
    params: { from, to },
  });
}

/**
 * Submits a draft at `now`: the contest must be taking entries and the content must pass every submission rule.
 * Whether the caller may submit this entry (its author or their unit's coordinator) is the service's check.
 */
export function submitEntry(
  entry: Pick<Entry, 'status' | 'unitId' | 'content'>,
  contest: ContestTiming & ContestEligibility,
  now: Date,
): Result<EntryStatusChange & { submittedAt: string; content: EntryContent }> {
  if (!canMoveEntry(entry.status, 'submitted')) return fail(transitionProblem(entry.status, 'submitted'));
  const window = canSubmit(contest, now);
  if (!window.ok) return window;
  const content = validateEntryForSubmit(entry, contest, now);
  if (!content.ok) return content;
  return ok({
    from: entry.status,
    to: 'submitted',
    reason: null,
    submittedAt: now.toISOString(),
    content: content.value,
  });
}

/**
 * Forwards an entry from its unit's pre-selection to the province: only in a contest with pre-selection, only by a
 * coordinator of the entry's own unit, and within the submission window, which is the province's deadline for
 * entries reaching it (units set their own earlier deadlines).
 */
export function forwardEntry(
  entry: Pick<Entry, 'status' | 'unitId' | 'provinceCode'>,
  contest: ContestTiming & Pick<Contest, 'unitPreselection'>,
  actor: Actor,
  now: Date,
): Result<EntryStatusChange> {
  if (!canMoveEntry(entry.status, 'forwarded')) return fail(transitionProblem(entry.status, 'forwarded'));
  if (!contest.unitPreselection) {
    return fail(
      conflict(
        'status',
        'entry.forward.no_preselection',
        'This contest has no unit pre-selection; entries go to the province directly.',
      ),
    );
  }
  if (!actor.roles.includes(UNIT_COORDINATOR_ROLE)) {
    return fail(
      forbidden('status', 'entry.forward.not_coordinator', 'Only a unit coordinator can forward entries.'),
    );
  }
  if (entry.unitId === null) {
    return fail(
      conflict('unitId', 'entry.forward.no_unit', 'This entry belongs to no unit, so no unit forwards it.'),
    );
  }
  if (actor.province !== entry.provinceCode || actor.unitId !== entry.unitId) {
    return fail(
      forbidden(
        'unitId',
        'entry.forward.other_unit',
        'A unit coordinator can forward only their own unit’s entries.',
      ),
    );
  }
  const window = canSubmit(contest, now);
  if (!window.ok) return window;
  return ok({ from: entry.status, to: 'forwarded', reason: null });
}

/** A screening decision: eligible, or ineligible with the reason the author will read. */
export type ScreeningVerdict = { eligible: true } | { eligible: false; reason: string };

/**
 * Records whether an entry is eligible: by a province admin of the entry's province, while the contest is open or
 * closed; in a contest with pre-selection, a unit's entry must have been forwarded first. Ineligible needs a reason.
 */
export function screenEntry(
  entry: Pick<Entry, 'status' | 'unitId' | 'provinceCode'>,
  contest: Pick<Contest, 'status' | 'unitPreselection'>,
  actor: Actor,
  verdict: ScreeningVerdict,
): Result<EntryStatusChange> {
  const to: EntryStatus = verdict.eligible ? 'eligible' : 'ineligible';
  if (!canMoveEntry(entry.status, to)) return fail(transitionProblem(entry.status, to));
  if (!actor.roles.includes(PROVINCE_ADMIN_ROLE)) {
    return fail(
      forbidden('status', 'entry.screen.not_admin', 'Only a province admin can decide eligibility.'),
    );
  }
  if (actor.province !== entry.provinceCode) {
    return fail(
      forbidden(
        'status',
        'entry.screen.other_province',
        'Eligibility is decided by the entry’s own province.',
      ),
    );
  }
  if (!SCREENING_STATES.includes(contest.status)) {
    return fail(
      conflict(
        'status',
        'entry.screen.contest_state',
        `Eligibility can be decided only while the contest is open or closed; it is ${contest.status}.`,
        { params: { status: contest.status } },
      ),
    );
  }
  if (contest.unitPreselection && entry.unitId !== null && entry.status === 'submitted') {
    return fail(
      conflict(
        'status',
        'entry.screen.not_forwarded',
        'In this contest units pre-select their entries; this one has not been forwarded by its unit.',
      ),
    );
  }
  if (!verdict.eligible && isBlank(verdict.reason)) {
    return fail(
      invalid('reason', 'entry.screen.reason_required', 'Give the reason the entry is ineligible.'),
    );
  }
  return ok({ from: entry.status, to, reason: verdict.eligible ? null : verdict.reason.trim() });
}

/**
 * Withdraws a submitted, forwarded or eligible entry at `now`, until the submission window closes. Whether the
 * caller may withdraw it (its author or their unit's coordinator) is the service's check.
 */
export function withdrawEntry(
  entry: Pick<Entry, 'status'>,
  contest: ContestTiming,
  now: Date,
): Result<EntryStatusChange> {
  if (!canMoveEntry(entry.status, 'withdrawn')) return fail(transitionProblem(entry.status, 'withdrawn'));
  const window = canWithdraw(contest, now);
  if (!window.ok) return window;
  return ok({ from: entry.status, to: 'withdrawn', reason: null });
}
