import type { Problem, Result } from '@cchc/submissions-domain';
import { HttpProblem, VALIDATION_PROBLEM_TYPE } from '@cchc/service-kit';

const STATUS_OF_KIND = { forbidden: 403, conflict: 409, invalid: 400 } as const;

/** The HTTP refusal for broken domain rules: 403 before 409 before 400, every rule listed with its field and code. */
export function refusalOf(problems: Problem[]): HttpProblem {
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

/** The value of a successful domain result; a failed one becomes the HTTP refusal. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw refusalOf(result.problems);
  return result.value;
}
