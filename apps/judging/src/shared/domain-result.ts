import type { Problem, Result } from '@cchc/judging-domain';
import { HttpProblem, VALIDATION_PROBLEM_TYPE } from '@cchc/service-kit';

const STATUS_OF_KIND = { forbidden: 403, conflict: 409, invalid: 400 } as const;

/** The HTTP refusal for broken judging rules: the most serious kind decides the status; every rule is listed. */
export function refusalOf(problems: Problem[]): HttpProblem {
  const status = Math.max(...problems.map((problem) => STATUS_OF_KIND[problem.kind]));
  const worst = problems.filter((problem) => STATUS_OF_KIND[problem.kind] === status);
  return new HttpProblem(
    status,
    worst.map((problem) => problem.message).join(' '),
    status === 400 ? VALIDATION_PROBLEM_TYPE : 'about:blank',
    undefined,
    problems.map(({ field, code, message, messageVi, params }) => ({
      field,
      code,
      message,
      ...(messageVi ? { messageVi } : {}),
      ...(params ? { params } : {}),
    })),
  );
}

/** The value of a successful judging rule; a failed one becomes the HTTP refusal. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw refusalOf(result.problems);
  return result.value;
}
