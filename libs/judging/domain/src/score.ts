import { Type, type Static } from 'typebox';

/*
 * One judge's score sheet for one entry in one round. The schema carries the shape; score-validation.ts checks the
 * points against the round's rubric, and score-saving.ts who may save it and when.
 */

export const SCORE_STATES = ['draft', 'submitted'] as const;
export const ScoreState = Type.Enum([...SCORE_STATES], {
  description:
    'draft: being filled in, may be incomplete, counts for nothing; submitted: complete and counted',
});
export type ScoreState = Static<typeof ScoreState>;

export const Score = Type.Object(
  {
    entryId: Type.String(),
    judgeId: Type.String(),
    round: Type.Integer({ minimum: 1, maximum: 2 }),
    points: Type.Record(Type.String(), Type.Number(), {
      description: 'Points per criterion key, from 0 to the criterion maximum, at most two decimals',
    }),
    comment: Type.String({ description: 'Nhận xét of the judge' }),
    state: ScoreState,
  },
  { additionalProperties: false },
);
export type Score = Static<typeof Score>;
