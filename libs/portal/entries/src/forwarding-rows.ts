import type { Contest, Entry } from '@cchc/portal-data-access';

/** Why an entry can or cannot be forwarded now; each has its own text. */
export type Forwarding = 'ready' | 'done' | 'no-preselection' | 'not-submitted' | 'contest-not-open';

/** A unit's entry as one row of the coordinator's forwarding table. */
export interface ForwardingRow {
  id: string;
  title: string;
  contestTitle: string | null;
  authors: string;
  status: Entry['status'];
  /** The contest's deadline, which is also the last moment to forward. */
  deadline: string | null;
  forwarding: Forwarding;
  mayForward: boolean;
}

function forwardingOf(entry: Entry, contest: Contest | undefined): Forwarding {
  if (entry.status === 'forwarded' || entry.status === 'eligible' || entry.status === 'ineligible')
    return 'done';
  if (contest && !contest.unitPreselection) return 'no-preselection';
  if (entry.status !== 'submitted') return 'not-submitted';
  if (!contest || contest.status !== 'open') return 'contest-not-open';
  return 'ready';
}

/**
 * The unit's entries, drafts left out (they are still their authors'), each saying whether the coordinator can
 * forward it: only submitted entries of open contests that have unit pre-selection. The deadline is the service's.
 */
export function forwardingRows(entries: readonly Entry[], contests: readonly Contest[]): ForwardingRow[] {
  const byId = new Map(contests.map((contest) => [contest.id, contest]));
  return entries
    .filter((entry) => entry.status !== 'draft')
    .map((entry) => {
      const contest = byId.get(entry.contestId);
      const forwarding = forwardingOf(entry, contest);
      return {
        id: entry.id,
        title: entry.title,
        contestTitle: contest?.title ?? null,
        authors: (entry.content.authors ?? [])
          .map((author) => author.name?.trim() ?? '')
          .filter(Boolean)
          .join(', '),
        status: entry.status,
        deadline: contest?.submissionWindow.closesAt ?? null,
        forwarding,
        mayForward: forwarding === 'ready',
      };
    });
}
