import { Type, type Static, type TSchema } from 'typebox';
import {
  CCHC_FIELDS,
  ENTRANT_KIND_KEYS,
  TARGET_INDEX_KEYS,
  type EntrantKind,
  type TargetIndex,
} from './reference-data.ts';

/*
 * The contest definition. Rules that involve more than one value (window order, unique keys, round order) are
 * checked by contest-validation.ts, not by these schemas, so each gets its own message and code; the schemas carry
 * the shape, which Fastify validates and OpenAPI documents.
 */

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });

/** An instant with an explicit offset; the platform stores and compares it as UTC. */
export const Instant = Type.String({
  format: 'date-time',
  description: 'Instant with an offset, e.g. 2022-09-15T17:00:00.000Z or 2022-09-16T00:00:00+07:00',
});

/** A calendar date in Viet Nam, `YYYY-MM-DD`. */
export const LocalDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });

export const ContestStatus = Type.Enum(['draft', 'open', 'closed', 'judging', 'finalized', 'archived']);
export type ContestStatus = Static<typeof ContestStatus>;

export const ContestField = Type.Object(
  {
    key: Type.String({
      maxLength: 64,
      description: 'Stable key, lower-case words joined by hyphens, e.g. administrative-procedure-reform',
    }),
    labelVi: Text(300),
    labelEn: Text(300),
  },
  { additionalProperties: false },
);
export type ContestField = Static<typeof ContestField>;

export const Round = Type.Object(
  {
    kind: Type.Enum(['written', 'oral-defence'], {
      description: 'written: scoring of the written entries; oral-defence: authors defend their idea',
    }),
    preparationDays: Type.Optional(
      Type.Integer({ description: 'Days authors get to prepare an oral defence after being notified' }),
    ),
  },
  { additionalProperties: false },
);
export type Round = Static<typeof Round>;

export const Quota = Type.Object(
  { minEntriesPerUnit: Type.Integer({ description: 'Entries each active unit must propose, at least' }) },
  { additionalProperties: false },
);
export type Quota = Static<typeof Quota>;

export const SubmissionWindow = Type.Object(
  {
    opensAt: Instant,
    closesAt: { ...Instant, description: 'First instant at which submissions are refused (exclusive end)' },
  },
  { additionalProperties: false },
);
export type SubmissionWindow = Static<typeof SubmissionWindow>;

export const Period = Type.Object(
  { startYear: Type.Integer(), endYear: Type.Integer() },
  { additionalProperties: false, description: 'One year (start = end) or a period such as 2021–2025' },
);
export type Period = Static<typeof Period>;

/** What a province admin enters to create a contest or a draft copy; the server adds id, province code and status. */
export const ContestInput = Type.Object(
  {
    planNumber: Text(100, 'Number of the plan (kế hoạch), e.g. 2684/KH-UBND'),
    planDate: LocalDate,
    issuingBody: Text(300, 'Issuing body, e.g. UBND tỉnh Cao Bằng'),
    title: Text(500),
    period: Period,
    description: Type.String({ maxLength: 20_000, default: '' }),
    rules: Type.String({ maxLength: 100_000, default: '', description: 'Rules text (thể lệ)' }),
    fields: Type.Array(ContestField, { default: CCHC_FIELDS, description: 'Fields an entry must belong to' }),
    targetIndices: Type.Array(Type.Enum([...TARGET_INDEX_KEYS]), { default: [...TARGET_INDEX_KEYS] }),
    eligibleEntrants: Type.Array(Type.Enum([...ENTRANT_KIND_KEYS]), { default: ['unit', 'individual'] }),
    quota: Type.Union([Quota, Type.Null()], { default: null }),
    submissionWindow: SubmissionWindow,
    rounds: Type.Array(Round, { default: [{ kind: 'written' }] }),
    unitPreselection: Type.Boolean({
      default: false,
      description: 'Units pre-select their own entries and forward the best to the province',
    }),
    blindJudging: Type.Boolean({ default: false, description: 'Judges do not see who the authors are' }),
    acceptsUnappliedIdeas: Type.Boolean({
      default: false,
      description: 'Entries may be ideas not yet applied or trial-applied (no first-application date)',
    }),
  },
  { additionalProperties: false },
);
export type ContestInput = Static<typeof ContestInput>;

/** The keys of a contest's settings, in the order forms show them. */
export const CONTEST_SETTINGS = Object.keys(ContestInput.properties) as (keyof ContestInput)[];

/**
 * A change to some of a contest's settings; which ones may change depends on the contest's state. It has no
 * defaults: a validator that fills defaults (Fastify's does) would otherwise turn every absent setting into a change.
 */
export const ContestPatch = Type.Partial(
  Type.Object(
    Object.fromEntries(
      Object.entries(ContestInput.properties).map(([key, schema]) => {
        const { default: _default, ...rest } = schema as TSchema & { default?: unknown };
        return [key, rest];
      }),
    ) as typeof ContestInput.properties,
  ),
  { additionalProperties: false, minProperties: 1 },
);
export type ContestPatch = Static<typeof ContestPatch>;

/** A contest as stored: its definition plus identity, tenant and state. */
export const Contest = Type.Object({
  ...ContestInput.properties,
  id: Type.String(),
  provinceCode: Type.String(),
  status: ContestStatus,
});
export type Contest = Static<typeof Contest>;

/** Narrow types some rules need, so callers can pass any object that has these. */
export type ContestTiming = Pick<Contest, 'status' | 'submissionWindow'>;
export type ContestEligibility = Pick<
  Contest,
  'fields' | 'targetIndices' | 'eligibleEntrants' | 'acceptsUnappliedIdeas'
>;

export type { EntrantKind, TargetIndex };
