import type { Contest, MyEntry, RoundState } from '@cchc/portal-data-access';
import type { Role } from '@cchc/portal-util';

/** The parts of a contest's judging page, each its own URL `/judging/<contest>/<tab>`. */
export const JUDGING_TABS = [
  'council',
  'rubric',
  'settings',
  'assignments',
  'conflicts',
  'my-entries',
  'rounds',
  'defence',
  'final',
] as const;
export type JudgingTab = (typeof JUDGING_TABS)[number];

const ORGANISERS: readonly Role[] = ['province-admin', 'council-secretary'];
const OVERSEERS: readonly Role[] = ['province-admin', 'council-secretary', 'council-chair'];

/** Who sees each part; the service checks again (a judge must sit on the contest's council, and so on). */
const AUDIENCE: Readonly<Record<JudgingTab, readonly Role[]>> = {
  council: ORGANISERS,
  rubric: ORGANISERS,
  settings: ORGANISERS,
  assignments: OVERSEERS,
  conflicts: OVERSEERS,
  'my-entries': ['judge', 'council-chair', 'council-secretary'],
  rounds: OVERSEERS,
  defence: OVERSEERS,
  final: OVERSEERS,
};

/** The parts a user with these roles sees, in order; the defence only when the contest has an oral round. */
export function judgingTabs(roles: readonly Role[], roundCount: number): JudgingTab[] {
  return JUDGING_TABS.filter(
    (tab) => (tab !== 'defence' || roundCount >= 2) && AUDIENCE[tab].some((role) => roles.includes(role)),
  );
}

/**
 * The part a user lands on: the chair on the rounds, a province admin or secretary on the council, a judge on their
 * entries; the asked-for part when the user may see it.
 */
export function currentTab(
  requested: string | undefined,
  roles: readonly Role[],
  tabs: readonly JudgingTab[],
): JudgingTab | null {
  const asked = tabs.find((tab) => tab === requested);
  if (asked) return asked;
  const preferred: JudgingTab = roles.includes('council-chair')
    ? 'rounds'
    : roles.includes('province-admin') || roles.includes('council-secretary')
      ? 'council'
      : 'my-entries';
  return tabs.includes(preferred) ? preferred : (tabs[0] ?? null);
}

/** The contests whose judging the section lists, in the submissions service's statuses. */
export const JUDGING_STATUSES: readonly Contest['status'][] = ['judging', 'closed', 'finalized'];

/** The province's contests in judging first, then closed, then with results; newest first within each. */
export function judgingContests(contests: readonly Contest[]): Contest[] {
  const order = (contest: Contest) => JUDGING_STATUSES.indexOf(contest.status);
  return contests
    .map((contest, index) => ({ contest, index }))
    .filter(({ contest }) => order(contest) >= 0)
    .sort((a, b) => order(a.contest) - order(b.contest) || a.index - b.index)
    .map(({ contest }) => contest);
}

/** The round a judge works in: the open one, else the last closed one, else round 1. */
export function workingRound(states: readonly Pick<RoundState, 'round' | 'status'>[]): number {
  const open = states.find((state) => state.status === 'open');
  if (open) return open.round;
  const closed = states.filter((state) => state.status === 'closed').map((state) => state.round);
  return closed.length > 0 ? Math.max(...closed) : 1;
}

/** A judge's sheet for an entry: not started, a draft, or submitted. */
export type SheetState = 'not-started' | 'draft' | 'submitted';

/** The judge's entries with the state of their sheets, those still to do first, then by title. */
export function myEntryRows(
  entries: readonly MyEntry[],
): { entryId: string; title: string; state: SheetState }[] {
  const rank: Record<SheetState, number> = { draft: 0, 'not-started': 1, submitted: 2 };
  return entries
    .map((mine) => ({
      entryId: mine.entry.id,
      title: mine.entry.title,
      state: (mine.score?.state ?? 'not-started') as SheetState,
    }))
    .sort((a, b) => rank[a.state] - rank[b.state] || a.title.localeCompare(b.title, 'vi'));
}
