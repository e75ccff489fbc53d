/*
 * Contests as the submissions service sends and takes them (apps/submissions/src/contests). Times are instants with an
 * offset; the service keeps them in UTC and the portal shows them in Viet Nam time.
 */

export const CONTEST_STATUSES = ['draft', 'open', 'closed', 'judging', 'finalized', 'archived'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

export const TARGET_INDEX_KEYS = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'DDCI'] as const;
/** An index an entry may aim to improve. */
export type TargetIndex = (typeof TARGET_INDEX_KEYS)[number];

export const ENTRANT_KIND_KEYS = ['unit', 'individual', 'citizen', 'organisation', 'business'] as const;
/** Who an entry comes from. */
export type EntrantKind = (typeof ENTRANT_KIND_KEYS)[number];

/** A field (lĩnh vực) entries must belong to; its labels are data, since provinces add their own. */
export interface ContestField {
  /** Lower-case words joined by hyphens, stable once entries use it. */
  key: string;
  labelVi: string;
  labelEn: string;
}

export interface ContestRound {
  kind: 'written' | 'oral-defence';
  /** Days authors get to prepare an oral defence. */
  preparationDays?: number;
}

/** What a province admin enters to create a contest. */
export interface ContestInput {
  planNumber: string;
  /** `YYYY-MM-DD` */
  planDate: string;
  issuingBody: string;
  title: string;
  period: { startYear: number; endYear: number };
  description: string;
  /** The rules text (thể lệ); a contest opens only once it is written. */
  rules: string;
  fields: ContestField[];
  targetIndices: TargetIndex[];
  eligibleEntrants: EntrantKind[];
  quota: { minEntriesPerUnit: number } | null;
  /** `closesAt` is the first instant at which submissions are refused. */
  submissionWindow: { opensAt: string; closesAt: string };
  rounds: ContestRound[];
  unitPreselection: boolean;
  blindJudging: boolean;
  acceptsUnappliedIdeas: boolean;
}

/** A contest as stored: its definition plus identity, province and status. */
export interface Contest extends ContestInput {
  id: string;
  provinceCode: string;
  status: ContestStatus;
}

/** Where one unit stands against a contest's quota; `missing > 0` means it has not met it. */
export interface QuotaStanding {
  unitId: string;
  unitCode: string;
  unitName: string;
  counted: number;
  required: number;
  missing: number;
}
