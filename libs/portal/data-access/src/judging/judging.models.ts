/*
 * Councils, rubrics, assignments, scores, rounds and results as the judging service sends and takes them (the
 * TypeBox schemas of libs/judging/domain, which the portal may not import). Contests and their entries come from
 * the submissions service; here they are referred to by id.
 */

export const COUNCIL_ROLES = ['chair', 'vice-chair', 'secretary', 'member'] as const;
/** chair: Chủ tịch; vice-chair: Phó Chủ tịch; secretary: Thư ký; member: Ủy viên. */
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export interface CouncilMember {
  /** The member's account (the token's `sub`). */
  userId: string;
  name: string;
  role: CouncilRole;
  /** The unit the member works in, for conflicts of interest; null when outside every unit. */
  unitId: string | null;
}

/** The provincial chair's decision that forms the council. */
export interface CouncilDecision {
  /** e.g. 1234/QĐ-UBND */
  number: string;
  /** `YYYY-MM-DD` */
  date: string;
  signer: string;
}

/** What a province admin or the secretary enters to form or change a council. */
export interface CouncilInput {
  decision: CouncilDecision;
  members: CouncilMember[];
  /** Members who must take part for the council to decide. */
  quorum: number;
}

export interface Council extends CouncilInput {
  contestId: string;
}

/** A user of the province who may sit on a council (realm role judge, council-chair or council-secretary). */
export interface CouncilCandidate {
  userId: string;
  username: string;
  name: string;
  /** The user's unit, from the identity provider. */
  unit: string | null;
  roles: string[];
}

/** One criterion of a rubric (thang điểm). */
export interface Criterion {
  /** Lower-case words joined by hyphens, e.g. `usefulness-effectiveness`. */
  key: string;
  labelVi: string;
  labelEn: string;
  maxPoints: number;
  /** Share of the total as a fraction (0.25); either every criterion has one, adding up to 1, or none has. */
  weight?: number;
  guidanceVi?: string;
  guidanceEn?: string;
}

/** A round's criteria; `isDefault` while none was set and these are the platform's default criteria. */
export interface Rubric {
  contestId: string;
  /** 1: written scoring; 2: oral defence. */
  round: number;
  criteria: Criterion[];
  isDefault: boolean;
}

export const AGGREGATION_METHODS = ['mean', 'trimmed-mean', 'median'] as const;
/** How the judges' totals of an entry are combined. */
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** How a contest's council aggregates, ranks and shows scores. */
export interface JudgingSettings {
  aggregation: AggregationMethod;
  /** Rescale each judge's totals to the mean and spread of all judges' totals before aggregating. */
  normalise: boolean;
  /** Criteria that break ties, in order; empty: the rubric's order. */
  criterionPriority: string[];
  /** Flag an entry when its judges' totals span more than this share (0..1) of the maximum total. */
  disagreementShare: number;
  /** Judges see each other's submitted scores while the round is still open. */
  showOthersBeforeClose: boolean;
  /** Weights of round 1 and round 2 in the final score, adding up to 1; null with one round. */
  roundWeights: [number, number] | null;
}

/** The settings as read: `isDefault` while none were saved. */
export interface JudgingSettingsView extends JudgingSettings {
  isDefault: boolean;
}

export type ScoreState = 'draft' | 'submitted';

/** One judge's score sheet for one entry in one round. */
export interface Score {
  entryId: string;
  judgeId: string;
  round: number;
  /** Points per criterion key, 0 to the criterion's maximum, at most two decimals. */
  points: Record<string, number>;
  comment: string;
  /** draft: may be incomplete, counts for nothing; submitted: complete and counted. */
  state: ScoreState;
}

/** What a judge saves: a draft or the submitted sheet. */
export interface ScoreInput {
  points: Record<string, number>;
  comment: string;
  state: ScoreState;
}

/** One judge to score one entry in a round. */
export interface Assignment {
  entryId: string;
  judgeId: string;
}

/** A manual change of one entry's judges. */
export interface AssignmentOverride {
  entryId: string;
  addJudgeId?: string;
  removeJudgeId?: string;
}

/** How far one judge is with a round: sheets assigned, submitted, and saved as drafts. */
export interface JudgeProgress {
  judgeId: string;
  name: string;
  assigned: number;
  submitted: number;
  drafts: number;
}

export interface RoundAssignments {
  assignments: Assignment[];
  progress: JudgeProgress[];
}

/** A broken rule as the judging rules name it (also outside a refusal, e.g. an entry left short of judges). */
export interface JudgingProblem {
  field: string;
  code: string;
  kind?: 'invalid' | 'conflict' | 'forbidden';
  message: string;
  messageVi?: string;
  params?: Readonly<Record<string, string | number | boolean | null>>;
}

/** The automatic plan: every assignment of the round and what it could not do. */
export interface AutomaticAssignment {
  assignments: Assignment[];
  problems: JudgingProblem[];
}

/** An eligible entry judged in round 1, as the judging service keeps it. */
export interface JudgedEntry {
  id: string;
  title: string;
  unitId: string | null;
  fieldKey: string;
  submittedAt: string;
  authors: { name: string; workplace: string; contributionPercent: number }[];
}

/** Why a judge must not score an entry. */
export type ConflictReason =
  | { kind: 'same-unit'; unitId: string }
  | { kind: 'author'; authorIndex: number; matchedOn: 'user-id' | 'name-and-birth-date' | 'name' }
  | { kind: 'declared'; reason: string };

export interface JudgeConflict {
  judgeId: string;
  judgeName: string;
  entryId: string;
  entryTitle: string;
  reasons: ConflictReason[];
}

/** A judge's own declaration that they should not score an entry. */
export interface Recusal {
  judgeId: string;
  entryId: string;
  reason: string;
  declaredAt: string;
}

/** An entry assigned to the caller, without authors and unit when judging is blind, with the caller's sheet. */
export interface MyEntry {
  entry: {
    id: string;
    title: string;
    fieldKey: string;
    submittedAt: string;
    authors?: { name: string; workplace?: string; contributionPercent?: number }[];
    unitId?: string | null;
  };
  score: Score | null;
}

export type RoundStatus = 'not-open' | 'open' | 'closed';

/** An entry's result in a closed round; scores are exact (shown with two decimals). */
export interface EntryRoundResult {
  entryId: string;
  rank: number;
  /** The score ranked on: the normalised total when the contest normalises, the raw one otherwise. */
  score: number;
  rawTotal: number;
  normalisedTotal: number | null;
  /** Aggregated points per criterion key. */
  criteria: Record<string, number>;
  /** Raw total per judge id. */
  judgeTotals: Record<string, number>;
  judgeCount: number;
  /** Highest minus lowest judge total. */
  range: number;
  /** The judges' totals span more than the contest's share of the maximum total. */
  disagreement: boolean;
  submittedAt: string;
}

export interface RoundResults {
  round: number;
  maxTotal: number;
  aggregation: AggregationMethod;
  normalised: boolean;
  tieBreaks: string[];
  results: EntryRoundResult[];
  /** Entries without any counted score (only when closing was overridden). */
  unscored: string[];
  override: { reason: string; missingScores: number } | null;
}

/** A round's state; results once it is closed, the advancing entries once round 2 is opened from round 1. */
export interface RoundState {
  round: number;
  status: RoundStatus;
  closedAt: string | null;
  closedBy: string | null;
  override: { reason: string; missingScores?: number } | null;
  results: RoundResults | null;
  advancing: string[] | null;
}

/** Which entries of round 1 go on to the oral defence. */
export type AdvancementRule = { kind: 'top'; count: number } | { kind: 'threshold'; minScore: number };

export interface DefenceSlot {
  entryId: string;
  entryTitle: string;
  /** Instants with an offset. */
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineLink: string | null;
}

/** The oral-defence timetable; no defence before `earliestDate` (`YYYY-MM-DD`, the authors' preparation). */
export interface DefenceSchedule {
  slots: DefenceSlot[];
  preparationDays: number;
  earliestDate: string;
}

export interface DefenceSlotInput {
  entryId: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineLink?: string;
}

/** An entry's place once every round is closed; scores on 100. */
export interface FinalResult {
  entryId: string;
  rank: number;
  finalScore: number;
  round1Score: number;
  round1Rank: number;
  round2Score: number | null;
  round2Rank: number | null;
}

/** The contest's ranking: a preview from the closed rounds until the chair finalises it. */
export interface ContestResults {
  finalised: boolean;
  finalisedAt: string | null;
  finalisedBy: string | null;
  weights: [number, number] | null;
  results: FinalResult[];
}
