export {
  formFieldPath,
  problemsAt,
  problemsUnder,
  toApiProblem,
  type ApiProblem,
  type FieldProblem,
} from './api-problem';
export {
  CONTEST_STATUSES,
  ENTRANT_KIND_KEYS,
  TARGET_INDEX_KEYS,
  type Contest,
  type ContestField,
  type ContestInput,
  type ContestRound,
  type ContestStatus,
  type EntrantKind,
  type QuotaStanding,
  type TargetIndex,
} from './contests/contest.models';
export { fieldLabel, periodLabel } from './contests/contest-labels';
export { ContestsClient } from './contests/contests.client';
export { EntriesClient } from './entries/entries.client';
export {
  CONFIDENTIAL_SECTION_KEYS,
  ENTRY_FORMAT_KEYS,
  ENTRY_STATUSES,
  SOLUTION_TYPE_KEYS,
  type Attachment,
  type ConfidentialSection,
  type Entry,
  type EntryAuthor,
  type EntryDraft,
  type EntryFilter,
  type EntryFormat,
  type EntryPerson,
  type EntryStatus,
  type NoveltyMatch,
  type NoveltyMatchInFull,
  type NoveltyReport,
  type RestrictedNoveltyMatch,
  type ScreeningVerdict,
  type SolutionType,
  type TrialParticipant,
} from './entries/entry.models';
export { RegistryClient } from './registry/registry.client';
export type {
  ImportedUnit,
  Lineage,
  LineageLink,
  Province,
  RegistryStatus,
  UnitImportReport,
  UnitInTree,
  UnitKind,
} from './registry/registry.models';
export { LOADING, remoteData, type RemoteData } from './remote-data';
export { remoteResource, type RemoteResource } from './remote-resource';
export type { UploadState } from './upload';
