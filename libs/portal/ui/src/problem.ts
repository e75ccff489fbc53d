/** One broken rule of a refused request, as the portal's data access reads it. */
export interface ShownFieldProblem {
  field: string;
  code: string | null;
  message: string;
  messageVi: string | null;
}

/** What the portal shows of a failed call (data access's ApiProblem has this shape). */
export interface ShownProblem {
  /** 0 when the server could not be reached. */
  status: number;
  detail: string | null;
  errors: readonly ShownFieldProblem[];
}

/** The translation key of the headline for a failed call's status. */
export function problemMessageKey(problem: Pick<ShownProblem, 'status'>): string {
  if (problem.status === 0) return 'errors.network';
  if (problem.status === 401) return 'errors.unauthorized';
  if (problem.status === 403) return 'errors.forbidden';
  if (problem.status === 404) return 'errors.notFound';
  if (problem.status >= 500) return 'errors.server';
  return 'errors.generic';
}

/**
 * The text of a broken rule in `language`: the portal's own translation of its code where it has one (`has` tells),
 * else the service's Vietnamese sentence for Vietnamese readers, else its English one (naming the field when the
 * sentence does not).
 */
export function fieldProblemText(
  problem: ShownFieldProblem,
  language: string,
  has: (key: string) => boolean,
): { key: string } | { text: string } {
  const key = problem.code ? `problems.${problem.code}` : null;
  if (key && has(key)) return { key };
  if (language === 'vi' && problem.messageVi) return { text: problem.messageVi };
  // Shape checks come without a code and with a message relative to their field ("is not a known property").
  return { text: problem.code || !problem.field ? problem.message : `${problem.field}: ${problem.message}` };
}
