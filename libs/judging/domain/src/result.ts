import type { ProblemCode } from './problem-codes.ts';

/**
 * What kind of refusal a problem is, so a route can answer without knowing each rule: `invalid` input (400),
 * a `conflict` with the current state (409), or a caller who is `forbidden` to act (403).
 */
export type ProblemKind = 'invalid' | 'conflict' | 'forbidden';

export type ProblemParams = Readonly<Record<string, string | number | boolean | null>>;

/** One broken rule: the field it concerns (dotted path, e.g. `criteria.2.maxPoints`) and why. */
export interface Problem {
  /** Dotted path of the offending value from the root of what was checked; `''` means the value as a whole. */
  field: string;
  /** Stable machine code of the rule, for clients that translate or react to it. */
  code: ProblemCode;
  kind: ProblemKind;
  /** English sentence naming the field. */
  message: string;
  /** Vietnamese sentence; every judging rule gives one, since council members and admins read them as they are. */
  messageVi?: string;
  /** Values the message was built from (limits, ids, counts), so clients can format their own text. */
  params?: ProblemParams;
}

export type Success<T> = { ok: true; value: T };
export type Failure = { ok: false; problems: Problem[] };
/** Every rule of this library answers with a Result instead of throwing. */
export type Result<T> = Success<T> | Failure;

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

/** Wraps one or more problems as a failed result. */
export function fail(problems: Problem | Problem[]): Failure {
  return { ok: false, problems: Array.isArray(problems) ? problems : [problems] };
}

/** Succeeds with `value` when there are no problems, fails with them otherwise. */
export function resultOf<T>(problems: Problem[], value: () => T): Result<T> {
  return problems.length > 0 ? fail(problems) : ok(value());
}

type Extra = Pick<Problem, 'messageVi' | 'params'>;

function make(kind: ProblemKind, field: string, code: ProblemCode, message: string, extra?: Extra): Problem {
  return { field, code, kind, message, ...extra };
}

/** A problem with the input itself. */
export function invalid(field: string, code: ProblemCode, message: string, extra?: Extra): Problem {
  return make('invalid', field, code, message, extra);
}

/** A request that the current state does not allow. */
export function conflict(field: string, code: ProblemCode, message: string, extra?: Extra): Problem {
  return make('conflict', field, code, message, extra);
}

/** A request the caller is not entitled to make. */
export function forbidden(field: string, code: ProblemCode, message: string, extra?: Extra): Problem {
  return make('forbidden', field, code, message, extra);
}
