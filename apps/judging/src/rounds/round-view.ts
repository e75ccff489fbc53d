import { Type } from 'typebox';
import type { RoundState } from './round-state.ts';

const Scores = Type.Record(Type.String(), Type.Number());

/** A closed round's results as stored and served (`RoundResults` of the judging domain). */
export const RoundResultsSchema = Type.Object({
  round: Type.Integer(),
  maxTotal: Type.Number(),
  aggregation: Type.String(),
  normalised: Type.Boolean(),
  tieBreaks: Type.Array(Type.String()),
  results: Type.Array(
    Type.Object({
      entryId: Type.String(),
      rank: Type.Integer(),
      decidedBy: Type.Union([Type.String(), Type.Null()]),
      score: Type.Number(),
      rawTotal: Type.Number(),
      normalisedTotal: Type.Union([Type.Number(), Type.Null()]),
      criteria: Scores,
      judgeTotals: Scores,
      judgeCount: Type.Integer(),
      range: Type.Number(),
      disagreement: Type.Boolean(),
      submittedAt: Type.String(),
    }),
  ),
  unscored: Type.Array(Type.String()),
  override: Type.Union([Type.Object({ reason: Type.String(), missingScores: Type.Integer() }), Type.Null()]),
});

export const RoundView = Type.Object({
  round: Type.Integer(),
  status: Type.Enum(['not-open', 'open', 'closed']),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  closedBy: Type.Union([Type.String(), Type.Null()]),
  results: Type.Union([RoundResultsSchema, Type.Null()]),
  advancing: Type.Union([Type.Array(Type.String()), Type.Null()]),
});

/** What the round routes answer. */
export function roundView(state: RoundState) {
  return { ...state, closedAt: state.closedAt?.toISOString() ?? null };
}
