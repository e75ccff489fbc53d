import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

/** A dependency the service needs to serve requests; resolves when usable, throws with the reason when not. */
export type ReadinessCheck = () => Promise<void>;

const CheckResult = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  detail: Type.Optional(Type.String()),
});
const ReadyBody = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not ready')]),
  checks: Type.Array(CheckResult),
});

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds a check that /health/ready runs. */
    addReadinessCheck(name: string, check: ReadinessCheck): void;
  }
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

/** `/health/live` (the process answers) and `/health/ready` (every registered dependency is usable). */
export function registerHealthRoutes(app: FastifyInstance): void {
  const checks = new Map<string, ReadinessCheck>();
  app.decorate('addReadinessCheck', (name: string, check: ReadinessCheck) => {
    checks.set(name, check);
  });

  app.get(
    '/health/live',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'The process is running',
        response: { 200: Type.Object({ status: Type.Literal('live') }) },
      },
    },
    async () => ({ status: 'live' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Every dependency (database, migrations, …) is usable',
        response: { 200: ReadyBody, 503: ReadyBody },
      },
    },
    async (_request, reply) => {
      const results = await Promise.all(
        [...checks].map(async ([name, check]) => {
          try {
            await withTimeout(check);
            return { name, ok: true };
          } catch (error) {
            return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
      const ready = results.every((result) => result.ok);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks: results });
    },
  );
}
