/** One broken rule of a refused request, as the services name it in `errors[]` of a problem+json body. */
export interface FieldProblem {
  /** Dotted path of the value in the form's own terms, e.g. `authors.1.contributionPercent`; `''` for the whole. */
  field: string;
  /** Stable code of the rule (`entry.authors.contribution_sum`), when the service gives one. */
  code: string | null;
  /** English sentence. */
  message: string;
  /** Vietnamese sentence, where the service gives one. */
  messageVi: string | null;
  /** The rule's values (the line of a file, the value found, a limit), where the service gives them. */
  params?: Readonly<Record<string, string | number>>;
}

/** What went wrong with an API call, from the problem+json body (RFC 9457) where the server sent one. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  title: string | null;
  detail: string | null;
  errors: FieldProblem[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The path of a field as the form knows it. Schema validation names fields from the request (`body.title`,
 * `body.content.authors.0.name`), the domain rules from the object they check (`title`, `authors.0.name`).
 */
export function formFieldPath(field: string): string {
  return field.replace(/^body(\.content)?(\.|$)/, '');
}

/** The text and number values of a rule's params; null when there are none. */
function problemParams(params: unknown): Record<string, string | number> | null {
  if (!params || typeof params !== 'object') return null;
  const values = Object.entries(params).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return values.length > 0 ? Object.fromEntries(values) : null;
}

function fieldProblems(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    const item = (error ?? {}) as {
      field?: unknown;
      code?: unknown;
      message?: unknown;
      messageVi?: unknown;
      params?: unknown;
    };
    const message = text(item.message);
    if (message === null) return [];
    const params = problemParams(item.params);
    return [
      {
        field: formFieldPath(typeof item.field === 'string' ? item.field : ''),
        code: text(item.code),
        message,
        messageVi: text(item.messageVi),
        ...(params ? { params } : {}),
      },
    ];
  });
}

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
  const problem = (body && typeof body === 'object' ? body : {}) as {
    title?: unknown;
    detail?: unknown;
    errors?: unknown;
  };
  const reached = status !== 0;
  return {
    status,
    title: text(problem.title),
    detail: reached ? text(problem.detail) : null,
    errors: reached ? fieldProblems(problem.errors) : [],
  };
}

/** The problems of one field and of the fields inside it (`authors` also gets `authors.0.name`). */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter(
    (error) => error.field === path || (path !== '' && error.field.startsWith(`${path}.`)),
  );
}

/** The problems inside `path`, with their fields relative to it (`authors.0.name` under `authors` is `0.name`). */
export function problemsUnder(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  const prefix = `${path}.`;
  return problems
    .filter((problem) => problem.field.startsWith(prefix))
    .map((problem) => ({ ...problem, field: problem.field.slice(prefix.length) }));
}
