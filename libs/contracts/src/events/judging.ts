import { Type } from 'typebox';
import { defineEvent } from '../define-event.ts';
import { ProvinceCode } from '../envelope.ts';

export const COUNCIL_TOPIC = 'cchc.judging.council';
export const RUBRIC_TOPIC = 'cchc.judging.rubric';
export const RESULTS_TOPIC = 'cchc.judging.results';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });

/** A contest's council after the change: the decision that formed it, its members and its quorum. */
const CouncilState = Type.Object({
  contestId: Uuid,
  provinceCode: ProvinceCode,
  decision: Type.Object({
    number: Type.String(),
    date: Type.String({ format: 'date' }),
    signer: Type.String(),
  }),
  members: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      role: Type.Enum(['chair', 'vice-chair', 'secretary', 'member']),
      unitId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  quorum: Type.Integer({ minimum: 1 }),
});

export const councilFormed = defineEvent({
  type: 'judging.council.formed.v1',
  topic: COUNCIL_TOPIC,
  description:
    "A province admin or secretary recorded the council formed by the provincial chair's decision.",
  data: Type.Object({ council: CouncilState }),
  key: (data) => data.council.contestId,
});

export const councilChanged = defineEvent({
  type: 'judging.council.changed.v1',
  topic: COUNCIL_TOPIC,
  description:
    'A council changed (members, roles, quorum or decision); after judging started, with a reason.',
  data: Type.Object({ council: CouncilState, reason: Type.Union([Type.String(), Type.Null()]) }),
  key: (data) => data.council.contestId,
});

export const rubricSet = defineEvent({
  type: 'judging.rubric.set.v1',
  topic: RUBRIC_TOPIC,
  description:
    "The criteria a contest's round is scored on were set (replacing the default rubric or an earlier one).",
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    round: Type.Integer({ minimum: 1, maximum: 2 }),
    criteria: Type.Array(
      Type.Object({
        key: Type.String(),
        labelVi: Type.String(),
        labelEn: Type.String(),
        maxPoints: Type.Number(),
        weight: Type.Optional(Type.Number()),
        guidanceVi: Type.Optional(Type.String()),
        guidanceEn: Type.Optional(Type.String()),
      }),
    ),
  }),
  key: (data) => data.contestId,
});

export const resultsFinalized = defineEvent({
  type: 'judging.results.finalized.v1',
  topic: RESULTS_TOPIC,
  description:
    "The council's chair finalised the contest's results: the full ranking, which rewards and reporting build on.",
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    finalizedAt: Instant,
    finalizedBy: Type.String(),
    roundWeights: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    results: Type.Array(
      Type.Object({
        entryId: Uuid,
        rank: Type.Integer({ minimum: 1 }),
        finalScore: Type.Number({ description: 'On 100' }),
        rounds: Type.Array(
          Type.Object({
            round: Type.Integer({ minimum: 1, maximum: 2 }),
            score: Type.Number({ description: "Percentage of the round's maximum total" }),
            rank: Type.Integer({ minimum: 1 }),
          }),
        ),
      }),
    ),
  }),
  key: (data) => data.contestId,
});
