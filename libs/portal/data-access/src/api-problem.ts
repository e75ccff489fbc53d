/** What went wrong with an API call, from the problem+json body (RFC 9457) where the server sent one. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  title: string | null;
  detail: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Turns whatever an HTTP call failed with (Angular's HttpErrorResponse or anything else) into an ApiProblem.
 * Duck-typed, so it stays testable without Angular.
 */
export function toApiProblem(error: unknown): ApiProblem {
  const response = (error ?? {}) as { status?: unknown; error?: unknown; statusText?: unknown };
  const status = typeof response.status === 'number' ? response.status : 0;
  let body = response.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      body = null;
    }
  }
  const problem = (body && typeof body === 'object' ? body : {}) as { title?: unknown; detail?: unknown };
  return {
    status,
    title: text(problem.title),
    detail: status === 0 ? null : text(problem.detail),
  };
}

/** The translation key of the headline for a problem's status. */
export function problemMessageKey(problem: ApiProblem): string {
  if (problem.status === 0) return 'errors.network';
  if (problem.status === 401) return 'errors.unauthorized';
  if (problem.status === 403) return 'errors.forbidden';
  if (problem.status === 404) return 'errors.notFound';
  if (problem.status >= 500) return 'errors.server';
  return 'errors.generic';
}
