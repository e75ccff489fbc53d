import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { Type, type Static } from 'typebox';

/** RFC 9457 problem details, as every error response of every service is shaped. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: 'URI naming the kind of problem; about:blank when the status says it all',
    }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String(),
          message: Type.String(),
          code: Type.Optional(Type.String({ description: 'Stable code of the rule, for clients' })),
          messageVi: Type.Optional(
            Type.String({ description: 'The message in Vietnamese, where it has one' }),
          ),
          params: Type.Optional(
            Type.Record(Type.String(), Type.Unknown(), {
              description: 'Values the message was built from, for clients that word their own',
            }),
          ),
        }),
        {
          description: 'One entry per invalid field, for validation problems',
        },
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const VALIDATION_PROBLEM_TYPE = 'urn:cchc:problem:validation';

/** An error a route throws on purpose: it becomes a problem response with this status and detail. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly type = 'about:blank',
    readonly title = STATUS_CODES[status] ?? 'Error',
    /** The broken rules, one per field, for a refusal that has several. */
    readonly errors?: {
      field: string;
      message: string;
      code?: string;
      messageVi?: string;
      params?: Readonly<Record<string, unknown>>;
    }[],
  ) {
    super(detail);
  }
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldOf(context: string | undefined, issue: ValidationIssue): string {
  const path = issue.instancePath.split('/').filter(Boolean);
  const missing = issue.params['missingProperty'];
  const extra = issue.params['additionalProperty'];
  if (typeof missing === 'string') path.push(missing);
  if (typeof extra === 'string') path.push(extra);
  return [context ?? 'body', ...path].join('.');
}

function messageOf(issue: ValidationIssue): string {
  if (typeof issue.params['additionalProperty'] === 'string') return 'is not a known property';
  if (typeof issue.params['missingProperty'] === 'string') return 'is required';
  return issue.message ?? 'is invalid';
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'instance' | 'requestId'>,
) {
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url, requestId: String(request.id) } satisfies Problem);
}

/** Prisma's code for a transaction that could not start in time: every connection was busy, nothing was done. */
const BUSY_DATABASE = 'P2028';

/** Turns every error into problem+json: validation names the field, our bugs are logged and answered with no details. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return send(reply, request, {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
    if (error.validation) {
      const errors = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(error.validationContext, issue),
        message: messageOf(issue),
      }));
      return send(reply, request, {
        type: VALIDATION_PROBLEM_TYPE,
        title: 'Invalid request',
        status: 400,
        detail: errors.map((issue) => `${issue.field} ${issue.message}`).join('; '),
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(reply, request, {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: error.message,
      });
    }
    if ((error as { code?: string }).code === BUSY_DATABASE) {
      request.log.warn({ err: error }, 'no database connection in time');
      reply.header('retry-after', '2');
      return send(reply, request, {
        type: 'about:blank',
        title: STATUS_CODES[503]!,
        status: 503,
        detail: 'The service is busy; nothing was changed. Try again in a few seconds.',
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, {
      type: 'about:blank',
      title: STATUS_CODES[500]!,
      status: 500,
      detail: `An unexpected error occurred; quote request id ${request.id} when reporting it.`,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, {
      type: 'about:blank',
      title: STATUS_CODES[404]!,
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
