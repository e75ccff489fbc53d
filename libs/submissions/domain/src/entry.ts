import { Type, type Static, type TProperties, type TSchema } from 'typebox';
import { LocalDate, Instant } from './contest.ts';
import {
  ENTRANT_KIND_KEYS,
  ENTRY_FORMAT_KEYS,
  SOLUTION_TYPE_KEYS,
  TARGET_INDEX_KEYS,
} from './reference-data.ts';

/*
 * An entry is an initiative application as Decree 13/2012/NĐ-CP (art. 5) and the form of Circular 18/2013/TT-BKHCN
 * describe it. Two shapes share one set of properties: a draft, where everything may be missing, and the complete
 * content a submitted entry has. The schemas check shape only; entry-validation.ts holds the rules.
 */

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
const LongText = (description: string) => Type.String({ maxLength: 50_000, description });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const personProperties = {
  name: Text(200, 'Họ và tên'),
  dateOfBirth: Nullable(LocalDate),
  workplace: Text(300, 'Nơi công tác (hoặc nơi thường trú)'),
  title: Text(200, 'Chức danh'),
  qualification: Text(200, 'Trình độ chuyên môn'),
};

const authorProperties = {
  ...personProperties,
  contributionPercent: Nullable(
    Type.Number({
      minimum: 0,
      maximum: 100,
      description: 'Tỷ lệ đóng góp (%); the authors’ shares add up to 100, with at most two decimals',
    }),
  ),
};

const trialParticipantProperties = {
  ...personProperties,
  task: Text(1000, 'Nội dung công việc hỗ trợ: what the person did in the first or trial application'),
};

const stateFundingProperties = {
  used: Type.Boolean({ description: 'Whether state funds were used to create or apply the initiative' }),
  amountVnd: Nullable(Type.Integer({ minimum: 0, description: 'Amount of state funds in VND, if known' })),
};

/** The sections an author may mark confidential (Decree 13, art. 5: "thông tin cần được bảo mật"). */
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

function entryProperties<A extends TProperties, P extends TProperties, F extends TProperties>(
  author: A,
  participant: P,
  funding: F,
) {
  return {
    entrantKind: Type.Enum([...ENTRANT_KIND_KEYS]),
    authors: Type.Array(Type.Object(author, { additionalProperties: false }), {
      maxItems: 50,
      description: 'Authors and co-authors',
    }),
    investor: Nullable(
      Text(300, 'Chủ đầu tư tạo ra sáng kiến, when someone other than the authors paid for creating it'),
    ),
    fieldKey: Text(64, 'Key of one of the contest’s fields'),
    solutionType: Type.Enum([...SOLUTION_TYPE_KEYS]),
    format: Type.Enum([...ENTRY_FORMAT_KEYS]),
    title: Text(500, 'Tên sáng kiến'),
    currentSituation: LongText('Thực trạng: the current situation and the problem'),
    solution: LongText('Nội dung của giải pháp: what the solution is and how it works'),
    novelty: LongText('Tính mới: what is new compared with what was done before'),
    firstAppliedOn: Nullable({
      ...LocalDate,
      description: 'Ngày áp dụng lần đầu hoặc áp dụng thử; null for an idea not yet applied',
    }),
    applicationScope: LongText('Phạm vi áp dụng: where the solution applies or could apply'),
    trialParticipants: Type.Array(Type.Object(participant, { additionalProperties: false }), {
      maxItems: 200,
      description: 'People who took part in the first or trial application',
    }),
    conditionsToApply: LongText('Những điều kiện cần thiết để áp dụng'),
    benefits: LongText('Lợi ích, hiệu quả thu được hoặc dự kiến'),
    stateFunding: Type.Object(funding, { additionalProperties: false }),
    targetIndices: Type.Array(Type.Enum([...TARGET_INDEX_KEYS]), { maxItems: TARGET_INDEX_KEYS.length * 2 }),
    confidentialSections: Type.Array(Type.Enum([...CONFIDENTIAL_SECTION_KEYS]), {
      maxItems: CONFIDENTIAL_SECTION_KEYS.length * 2,
      description: 'Sections the author marks confidential; they never appear in public output',
    }),
  };
}

/** The content of an entry being written: any part may be missing, but what is there has the right shape. */
export const EntryDraft = Type.Partial(
  Type.Object(
    entryProperties(
      Type.Partial(Type.Object(authorProperties)).properties,
      Type.Partial(Type.Object(trialParticipantProperties)).properties,
      Type.Partial(Type.Object(stateFundingProperties)).properties,
    ),
  ),
  { additionalProperties: false },
);
export type EntryDraft = Static<typeof EntryDraft>;

/** The content of an entry ready to submit: every part present (nullable ones may be null). */
export const EntryContent = Type.Object(
  entryProperties(authorProperties, trialParticipantProperties, stateFundingProperties),
  { additionalProperties: false },
);
export type EntryContent = Static<typeof EntryContent>;
export type Author = EntryContent['authors'][number];
export type TrialParticipant = EntryContent['trialParticipants'][number];

export const EntryStatus = Type.Enum([
  'draft',
  'submitted',
  'forwarded',
  'eligible',
  'ineligible',
  'withdrawn',
]);
export type EntryStatus = Static<typeof EntryStatus>;

/** An entry as stored: its content plus identity, tenant, unit and where it stands. */
export const Entry = Type.Object({
  id: Type.String(),
  contestId: Type.String(),
  provinceCode: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()], {
    description:
      'The unit the entry is from or whose staff wrote it; null for citizens, organisations, businesses',
  }),
  status: EntryStatus,
  screeningNote: Type.Union([Type.String(), Type.Null()], {
    description: 'Why the entry was found ineligible',
  }),
  submittedAt: Type.Union([Instant, Type.Null()]),
  content: EntryDraft,
});
export type Entry = Static<typeof Entry>;
