import { Type } from 'typebox';
import { defineEvent } from '../define-event.ts';
import { ProvinceCode } from '../envelope.ts';

export const COUNCIL_TOPIC = 'cchc.judging.council';
export const RUBRIC_TOPIC = 'cchc.judging.rubric';
export const RESULTS_TOPIC = 'cchc.judging.results';
export const ASSIGNMENT_TOPIC = 'cchc.judging.assignment';
export const SCORE_TOPIC = 'cchc.judging.score';
export const ROUND_TOPIC = 'cchc.judging.round';

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

const Round = Type.Integer({ minimum: 1, maximum: 2 });

export const settingsSet = defineEvent({
  type: 'judging.settings.set.v1',
  topic: COUNCIL_TOPIC,
  description:
    "How a contest's council aggregates, normalises, breaks ties, flags disagreement, shows scores and weighs rounds.",
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    settings: Type.Object({
      aggregation: Type.Enum(['mean', 'trimmed-mean', 'median']),
      normalise: Type.Boolean(),
      criterionPriority: Type.Array(Type.String()),
      disagreementShare: Type.Number(),
      showOthersBeforeClose: Type.Boolean(),
      roundWeights: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    }),
  }),
  key: (data) => data.contestId,
});

export const recusalDeclared = defineEvent({
  type: 'judging.recusal.declared.v1',
  topic: COUNCIL_TOPIC,
  description: 'A council member declared a conflict of interest with an entry and will not score it.',
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    judgeId: Type.String(),
    entryId: Uuid,
    reason: Type.String(),
  }),
  key: (data) => data.contestId,
});

export const assignmentsChanged = defineEvent({
  type: 'judging.assignments.changed.v1',
  topic: ASSIGNMENT_TOPIC,
  description:
    "A judge's entries in a round changed (automatic assignment, an override, an import, a recusal or the advancement " +
    'to round 2): the entries the judge now scores.',
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    round: Round,
    judgeId: Type.String(),
    how: Type.Enum(['automatic', 'override', 'import', 'recusal', 'advancement']),
    entryIds: Type.Array(Uuid),
  }),
  key: (data) => data.contestId,
});

export const scoreSubmitted = defineEvent({
  type: 'judging.score.submitted.v1',
  topic: SCORE_TOPIC,
  description:
    'A judge submitted a score sheet, or corrected a submitted one while the round was open. Drafts are not published.',
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    round: Round,
    entryId: Uuid,
    judgeId: Type.String(),
    points: Type.Record(Type.String(), Type.Number()),
    total: Type.Number(),
    submittedAt: Instant,
  }),
  key: (data) => data.contestId,
});

export const roundClosed = defineEvent({
  type: 'judging.round.closed.v1',
  topic: ROUND_TOPIC,
  description: 'The chair closed a round: its ranking, and the reason when it closed with scores missing.',
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    round: Round,
    closedAt: Instant,
    closedBy: Type.String(),
    maxTotal: Type.Number(),
    aggregation: Type.Enum(['mean', 'trimmed-mean', 'median']),
    normalised: Type.Boolean(),
    override: Type.Union([
      Type.Object({ reason: Type.String(), missingScores: Type.Integer() }),
      Type.Null(),
    ]),
    results: Type.Array(
      Type.Object({
        entryId: Uuid,
        rank: Type.Integer({ minimum: 1 }),
        score: Type.Number(),
        judgeCount: Type.Integer(),
        disagreement: Type.Boolean(),
      }),
    ),
    unscored: Type.Array(Uuid),
  }),
  key: (data) => data.contestId,
});

export const advancementDecided = defineEvent({
  type: 'judging.advancement.decided.v1',
  topic: ROUND_TOPIC,
  description: 'The chair decided which entries go on to the oral defence (round 2), best first.',
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    rule: Type.Union([
      Type.Object({ kind: Type.Literal('top'), count: Type.Integer() }),
      Type.Object({ kind: Type.Literal('threshold'), minScore: Type.Number() }),
    ]),
    advancing: Type.Array(Uuid),
  }),
  key: (data) => data.contestId,
});

export const defenceScheduled = defineEvent({
  type: 'judging.defence.scheduled.v1',
  topic: ROUND_TOPIC,
  description:
    "An entry's oral defence was scheduled or moved: when and where, for the notice to its authors (at least the " +
    "contest's preparation period ahead), e.g. by mail.",
  data: Type.Object({
    contestId: Uuid,
    provinceCode: ProvinceCode,
    contestTitle: Type.String(),
    entryId: Uuid,
    entryTitle: Type.String(),
    ownerId: Type.Union([Type.String(), Type.Null()], {
      description: 'The account that submitted the entry',
    }),
    authors: Type.Array(Type.String(), { description: "The authors' names" }),
    startsAt: Instant,
    endsAt: Instant,
    place: Type.Union([Type.String(), Type.Null()]),
    onlineLink: Type.Union([Type.String(), Type.Null()]),
    preparationDays: Type.Integer({ minimum: 0 }),
  }),
  key: (data) => data.entryId,
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
