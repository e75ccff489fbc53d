export {
  conflict,
  fail,
  forbidden,
  invalid,
  ok,
  resultOf,
  type Failure,
  type Problem,
  type ProblemKind,
  type ProblemParams,
  type Result,
  type Success,
} from './result.ts';
export { PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';
export { displayScore } from './numbers.ts';
export { pairKey } from './pair-key.ts';
export * from './rubric.ts';
export { validateRubric } from './rubric-validation.ts';
export * from './totals.ts';
export * from './council.ts';
export { validateCouncil } from './council-validation.ts';
export * from './council-change.ts';
export * from './conflicts.ts';
export * from './assignment.ts';
export * from './assignment-override.ts';
export * from './assignment-import.ts';
export * from './score.ts';
export * from './score-validation.ts';
export * from './score-saving.ts';
export * from './score-audit.ts';
export * from './visibility.ts';
export * from './aggregation.ts';
export * from './normalisation.ts';
export * from './disagreement.ts';
export * from './ranking.ts';
export * from './judging-settings.ts';
export { type CloseOverride } from './round-readiness.ts';
export * from './round-results.ts';
export * from './round-close.ts';
export * from './advancement.ts';
export * from './defence-schedule.ts';
export * from './final-results.ts';
export * from './finalisation.ts';
