/**
 * Every stable code a judging problem may carry. Clients may rely on these (to translate or react); a code is never
 * reused for another rule. The shape of requests is checked by the routes' schemas, not here.
 */
export const PROBLEM_CODES = [
  // general
  'required',
  'invalid_date',
  // rubric
  'rubric.criteria.empty',
  'rubric.criteria.bad_key',
  'rubric.criteria.duplicate_key',
  'rubric.criteria.max_not_finite',
  'rubric.criteria.max_not_positive',
  'rubric.weights.partial',
  'rubric.weights.not_positive',
  'rubric.weights.sum',
  // council
  'council.chair.missing',
  'council.chair.multiple',
  'council.secretary.multiple',
  'council.members.duplicate_user',
  'council.quorum.out_of_range',
  'council.change.reason_required',
  'council.change.member_unknown',
  // judging settings
  'settings.criterion_priority.unknown',
  'settings.criterion_priority.duplicate',
  'settings.disagreement_share.out_of_range',
  'settings.round_weights.not_positive',
  'settings.round_weights.sum',
  // assignment
  'assignment.k.invalid',
  'assignment.k.exceeds_judges',
  'assignment.entry.short_of_judges',
  'assignment.existing.conflicted',
  'assignment.entry.unknown',
  'assignment.judge.unknown',
  'assignment.judge.conflicted',
  'assignment.judge.already_assigned',
  'assignment.judge.not_assigned',
  'assignment.override.empty',
  'assignment.rows.empty',
  'assignment.rows.duplicate',
  // scoring
  'score.criterion.missing',
  'score.criterion.unknown',
  'score.points.not_finite',
  'score.points.out_of_range',
  'score.points.precision',
  'score.comment.too_long',
  'score.round_closed',
  'score.judge.conflicted',
  'score.judge.not_assigned',
  'score.transition.invalid',
  // rounds and results
  'round.scores_missing',
  'round.override.reason_required',
  'advancement.count.invalid',
  'advancement.threshold.invalid',
  'defence.slot.bad_instant',
  'defence.slot.ends_before_start',
  'defence.slot.too_soon',
  'defence.slot.overlap',
  'defence.entry.duplicate',
  'defence.entry.not_advanced',
  'defence.entry.unscheduled',
  'final.weights.missing',
  'final.round2.unknown_entry',
  'results.finalised',
  'results.finalise.not_chair',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
