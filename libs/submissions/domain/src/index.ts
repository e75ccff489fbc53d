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
export { schemaProblems } from './schema-problems.ts';
export * from './vietnam-time.ts';
export * from './reference-data.ts';
export * from './contest.ts';
export * from './contest-validation.ts';
export * from './contest-lifecycle.ts';
export { copyContestToYear } from './contest-copy.ts';
export * from './entry.ts';
export { authorProblems } from './entry-authors.ts';
export { validateEntryDraft, validateEntryForSubmit } from './entry-validation.ts';
export * from './deadline.ts';
export * from './entry-lifecycle.ts';
export * from './quota.ts';
export * from './confidentiality.ts';
export * from './entry-diff.ts';
export * from './unit-import.ts';
