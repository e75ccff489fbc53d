import { Type } from 'typebox';
import { defineEvent } from '../define-event.ts';
import { ProvinceCode } from '../envelope.ts';

export const CONTEST_TOPIC = 'cchc.submissions.contest';
export const ENTRY_TOPIC = 'cchc.submissions.entry';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });

export const ContestStatus = Type.Enum(['draft', 'open', 'closed', 'judging', 'finalized', 'archived']);

/** What other services and analytics need of a contest, after the change. */
const ContestState = Type.Object({
  id: Uuid,
  provinceCode: ProvinceCode,
  status: ContestStatus,
  title: Type.String({ minLength: 1 }),
  planNumber: Type.String(),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  opensAt: Instant,
  closesAt: Instant,
  fields: Type.Array(Type.Object({ key: Type.String(), labelVi: Type.String(), labelEn: Type.String() })),
  rounds: Type.Array(
    Type.Object({
      kind: Type.Enum(['written', 'oral-defence']),
      preparationDays: Type.Optional(Type.Integer({ minimum: 1 })),
    }),
  ),
  unitPreselection: Type.Boolean(),
  blindJudging: Type.Boolean(),
});

export const contestCreated = defineEvent({
  type: 'submissions.contest.created.v1',
  topic: CONTEST_TOPIC,
  description: 'A province created a contest (as a draft, possibly copied from an earlier edition).',
  data: Type.Object({ contest: ContestState, copiedFrom: Type.Union([Uuid, Type.Null()]) }),
  key: (data) => data.contest.id,
});

export const contestUpdated = defineEvent({
  type: 'submissions.contest.updated.v1',
  topic: CONTEST_TOPIC,
  description: "A contest's settings changed (e.g. its submission window was extended).",
  data: Type.Object({ contest: ContestState, changed: Type.Array(Type.String()) }),
  key: (data) => data.contest.id,
});

export const contestStatusChanged = defineEvent({
  type: 'submissions.contest.status-changed.v1',
  topic: CONTEST_TOPIC,
  description: 'A contest moved along draft → open → closed → judging → finalized → archived.',
  data: Type.Object({ contest: ContestState, previousStatus: ContestStatus }),
  key: (data) => data.contest.id,
});

export const EntryStatus = Type.Enum([
  'draft',
  'submitted',
  'forwarded',
  'eligible',
  'ineligible',
  'withdrawn',
]);

/**
 * What other services need of an entry: no confidential sections and no personal data beyond the authors' names
 * and shares (rewards split prizes by them; judging checks that a judge is not an author).
 */
const EntryState = Type.Object({
  id: Uuid,
  provinceCode: ProvinceCode,
  contestId: Uuid,
  unitId: Type.Union([Uuid, Type.Null()]),
  entrantKind: Type.String(),
  ownerId: Type.String(),
  status: EntryStatus,
  title: Type.String(),
  fieldKey: Type.String(),
  submittedAt: Type.Union([Instant, Type.Null()]),
  authors: Type.Array(
    Type.Object({ name: Type.String(), workplace: Type.String(), contributionPercent: Type.Number() }),
  ),
});

export const entrySubmitted = defineEvent({
  type: 'submissions.entry.submitted.v1',
  topic: ENTRY_TOPIC,
  description: 'An author or unit coordinator submitted an entry inside the submission window.',
  data: Type.Object({ entry: EntryState }),
  key: (data) => data.entry.id,
});

export const entryWithdrawn = defineEvent({
  type: 'submissions.entry.withdrawn.v1',
  topic: ENTRY_TOPIC,
  description: 'A submitted entry was withdrawn by its author.',
  data: Type.Object({ entry: EntryState }),
  key: (data) => data.entry.id,
});

export const entryForwarded = defineEvent({
  type: 'submissions.entry.forwarded.v1',
  topic: ENTRY_TOPIC,
  description:
    "A unit's coordinator chose the entry in the unit's pre-selection and forwarded it to the province.",
  data: Type.Object({ entry: EntryState }),
  key: (data) => data.entry.id,
});

export const entryScreened = defineEvent({
  type: 'submissions.entry.screened.v1',
  topic: ENTRY_TOPIC,
  description:
    'The province admin screened the entry as eligible or ineligible (with the reason, shown to the authors).',
  data: Type.Object({
    entry: EntryState,
    eligible: Type.Boolean(),
    reason: Type.Union([Type.String(), Type.Null()]),
  }),
  key: (data) => data.entry.id,
});
