/** A council member as the minutes list them. */
export interface MinutesMember {
  name: string;
  role: 'chair' | 'vice-chair' | 'secretary' | 'member';
  unitName: string | null;
  present: boolean;
}

/** One ranked entry of the round. */
export interface MinutesResult {
  rank: number;
  entryTitle: string;
  unitName: string | null;
  score: number;
  judgeCount: number;
  /** The judges' scores of this entry are far apart. */
  disagreement: boolean;
}

/** Everything the minutes of one closed judging round print; names and titles are printed as given. */
export interface MinutesInput {
  /** e.g. 'Cao Bằng', 'Hà Nội', or already 'Thành phố Huế'. */
  provinceName: string;
  contestTitle: string;
  round: 1 | 2;
  roundKind: 'written' | 'oral-defence';
  /** The decision that set up the council; `date` is `YYYY-MM-DD`. */
  decision: { number: string; date: string; signer: string };
  /** ISO instant the round was closed; printed in Viet Nam time (UTC+7). */
  closedAt: string;
  /** Name of the chair who closed the round. */
  closedBy: string;
  quorum: number;
  members: MinutesMember[];
  /** Declared by the judges themselves. */
  recusals: { judgeName: string; entryTitle: string; reason: string }[];
  /** Found automatically; the judge was kept off the entry. */
  conflicts: { judgeName: string; entryTitle: string; reason: 'same-unit' | 'author' }[];
  criteria: { labelVi: string; maxPoints: number; weight?: number }[];
  aggregation: 'mean' | 'trimmed-mean' | 'median';
  normalised: boolean;
  /** Vietnamese labels of the tie-break criteria, in order. */
  tieBreaks: string[];
  maxTotal: number;
  /** In rank order. */
  results: MinutesResult[];
  unscoredTitles: string[];
  /** Set when the round was closed with scores missing. */
  override: { reason: string; missingScores: number } | null;
  /** Titles going on to round 2, when decided. */
  advancing: string[] | null;
}
