import type { CouncilRole } from './council.ts';
import type { Score } from './score.ts';

/** What identifies who wrote an entry: removed from what judges see in blind judging. */
export const IDENTIFYING_KEYS = ['authors', 'unitId', 'ownerId'] as const;
type IdentifyingKey = (typeof IDENTIFYING_KEYS)[number];

/** An entry as a judge sees it in blind judging: without its authors, unit and owner. */
export type BlindEntry<E> = Omit<E, IdentifyingKey>;

/**
 * The entry as a judge may see it. In blind judging the keys that identify the authors are removed (not blanked,
 * so a client cannot show an empty author list by mistake); free text such as the title is not scrubbed, so the
 * contest's rules should ask authors not to name themselves in it.
 */
export function entryForJudge<E extends object>(entry: E, { blind }: { blind: boolean }): E | BlindEntry<E> {
  if (!blind) return { ...entry };
  const copy = { ...entry } as Record<string, unknown>;
  for (const key of IDENTIFYING_KEYS) delete copy[key];
  return copy as BlindEntry<E>;
}

export interface ScoreViewer {
  userId: string;
  /** The viewer's role on this contest's council; null for anyone outside it. */
  councilRole: CouncilRole | null;
}

export interface ScoreVisibility {
  roundClosed: boolean;
  /** The contest lets judges see each other's submitted scores while the round is open. */
  showOthersBeforeClose: boolean;
  /** Entries the viewer has a conflict of interest with: others' scores on them stay hidden until the round closes. */
  conflictedEntryIds?: readonly string[];
}

/**
 * The scores a council member may see. Everyone sees their own. The chair and the secretary, who run the round, see
 * everyone's, drafts included. Other members see others' submitted scores once the round is closed, or before when
 * the contest allows it, so that nobody is swayed by a colleague's marks. Nobody sees others' scores on an entry
 * they have a conflict with before the round closes. People outside the council see none: the service decides what
 * admins and the public see of the results.
 */
export function visibleScores(
  scores: readonly Score[],
  viewer: ScoreViewer,
  { roundClosed, showOthersBeforeClose, conflictedEntryIds = [] }: ScoreVisibility,
): Score[] {
  const { councilRole } = viewer;
  if (councilRole === null) return [];
  const conflicted = new Set(conflictedEntryIds);
  const runsTheRound = councilRole === 'chair' || councilRole === 'secretary';
  return scores.filter((score) => {
    if (score.judgeId === viewer.userId) return true;
    if (roundClosed) return score.state === 'submitted' || runsTheRound;
    if (conflicted.has(score.entryId)) return false;
    if (runsTheRound) return true;
    return showOthersBeforeClose && score.state === 'submitted';
  });
}
