import { HttpProblem, VALIDATION_PROBLEM_TYPE } from './problem.ts';

/** A broken rule as the domain libraries report it (`libs/*\/domain`, their `Problem`). */
export interface BrokenRule {
  field: string;
  code: string;
  kind: 'invalid' | 'conflict' | 'forbidden';
  message: string;
  messageVi?: string;
  params?: Readonly<Record<string, unknown>>;
}

/** A domain rule's answer: its value, or the rules it broke. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; problems: readonly BrokenRule[] };

const STATUS_OF_KIND = { forbidden: 403, conflict: 409, invalid: 400 } as const;

/** The HTTP refusal for broken rules: 403 before 409 before 400, every rule listed with its field and code. */
export function refusalOf(problems: readonly BrokenRule[]): HttpProblem {
  const status = Math.max(...problems.map((problem) => STATUS_OF_KIND[problem.kind]));
  const worst = problems.filter((problem) => STATUS_OF_KIND[problem.kind] === status);
  return new HttpProblem(
    status,
    worst.map((problem) => problem.message).join(' '),
    status === 400 ? VALIDATION_PROBLEM_TYPE : 'about:blank',
    undefined,
    problems.map(({ field, message, code, messageVi, params }) => ({
      field,
      message,
      code,
      ...(messageVi ? { messageVi } : {}),
      ...(params ? { params } : {}),
    })),
  );
}

/** The value of a successful rule; a failed one becomes the HTTP refusal. */
export function valueOf<T>(result: RuleResult<T>): T {
  if (!result.ok) throw refusalOf(result.problems);
  return result.value;
}
