import type { EntrantKind, TargetIndex } from '../contests/contest.models';

/*
 * Entries (initiative applications, Decree 13/2012/NĐ-CP art. 5 and Circular 18/2013/TT-BKHCN) as the submissions
 * service sends and takes them (apps/submissions/src/entries).
 */

export const ENTRY_STATUSES = [
  'draft',
  'submitted',
  'forwarded',
  'eligible',
  'ineligible',
  'withdrawn',
] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const SOLUTION_TYPE_KEYS = ['technical', 'managerial', 'operational', 'technical-progress'] as const;
export type SolutionType = (typeof SOLUTION_TYPE_KEYS)[number];

export const ENTRY_FORMAT_KEYS = ['outline', 'scheme', 'project'] as const;
/** How an entry is presented: đề cương, đề án, dự án. */
export type EntryFormat = (typeof ENTRY_FORMAT_KEYS)[number];

/** The sections an author may mark confidential; they never appear in public output. */
export const CONFIDENTIAL_SECTION_KEYS = [
  'currentSituation',
  'solution',
  'novelty',
  'applicationScope',
  'trialParticipants',
  'conditionsToApply',
  'benefits',
  'stateFunding',
] as const;
export type ConfidentialSection = (typeof CONFIDENTIAL_SECTION_KEYS)[number];

/** A person named in an application: an author, or someone who took part in the trial application. */
export interface EntryPerson {
  name?: string;
  /** `YYYY-MM-DD` */
  dateOfBirth?: string | null;
  workplace?: string;
  title?: string;
  qualification?: string;
}

export interface EntryAuthor extends EntryPerson {
  /** The authors' shares add up to 100, with at most two decimals. */
  contributionPercent?: number | null;
}

export interface TrialParticipant extends EntryPerson {
  /** What the person did in the first or trial application. */
  task?: string;
}

/** The content of an entry being written: any part may still be missing. */
export interface EntryDraft {
  entrantKind?: EntrantKind;
  authors?: EntryAuthor[];
  /** Who paid for creating the initiative, when not the authors. */
  investor?: string | null;
  fieldKey?: string;
  solutionType?: SolutionType;
  format?: EntryFormat;
  title?: string;
  currentSituation?: string;
  solution?: string;
  novelty?: string;
  /** `YYYY-MM-DD`; null for an idea not yet applied. */
  firstAppliedOn?: string | null;
  applicationScope?: string;
  trialParticipants?: TrialParticipant[];
  conditionsToApply?: string;
  benefits?: string;
  stateFunding?: { used?: boolean; amountVnd?: number | null };
  targetIndices?: TargetIndex[];
  confidentialSections?: ConfidentialSection[];
}

/** An entry as the service shows it to the caller. */
export interface Entry {
  id: string;
  contestId: string;
  provinceCode: string;
  unitId: string | null;
  entrantKind: string;
  ownerId: string;
  status: EntryStatus;
  title: string;
  fieldKey: string;
  submittedAt: string | null;
  /** Why the entry was found ineligible. */
  screeningNote: string | null;
  revision: number;
  content: EntryDraft;
}

/** Filters of the entry list; the service shows each caller only the entries they may read. */
export interface EntryFilter {
  contestId?: string;
  unitId?: string;
  status?: EntryStatus;
  /** Only the caller's own entries. */
  mine?: boolean;
  /** Words the title or a readable section holds, whole, with or without diacritics. */
  q?: string;
  /** Words of an author's name, with or without diacritics. */
  author?: string;
}

/** A screening decision: eligible, or ineligible with the reason the authors will read. */
export type ScreeningVerdict = { eligible: true } | { eligible: false; reason: string };

/** A file attached to an entry. */
export interface Attachment {
  id: string;
  entryId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** An entry like the one checked that the checker may show in full: of a province and year it may read. */
export interface NoveltyMatchInFull {
  restricted: false;
  entryId: string;
  provinceCode: string;
  year: number;
  title: string;
  /** 0..1 */
  score: number;
  /** Which parts are alike: `title`, `currentSituation`, `solution`, `benefits`, … */
  matchedFields: string[];
  sameProvince: boolean;
  published: boolean;
}

/** A like entry the checker may not read (another province's, unpublished): only where, when, what and how alike. */
export interface RestrictedNoveltyMatch {
  restricted: true;
  provinceCode: string;
  year: number;
  title: string;
  score: number;
}

export type NoveltyMatch = NoveltyMatchInFull | RestrictedNoveltyMatch;

/** The novelty check of an entry: like entries, most alike first; from `threshold` on, a match looks like a copy. */
export interface NoveltyReport {
  entryId: string;
  checkedAt: string;
  threshold: number;
  matches: NoveltyMatch[];
}
