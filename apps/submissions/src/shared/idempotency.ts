import { createHash } from 'node:crypto';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import type { TenantTransaction } from '../tenant-prisma.ts';

export interface IdempotentAnswer {
  status: number;
  body: unknown;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key header, checked; undefined when it has none. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new HttpProblem(400, 'The Idempotency-Key header must be 1 to 200 visible ASCII characters');
  }
  return key;
}

/**
 * Runs the work once per Idempotency-Key (per caller and province), inside the caller's transaction: a repeated
 * request gets the first answer again. A concurrent repeat waits for the first to commit (the key's row is taken
 * first), and the same key with a different request is refused.
 */
export async function once(
  tx: TenantTransaction,
  request: FastifyRequest,
  scope: { province: string; callerId: string },
  work: () => Promise<IdempotentAnswer>,
): Promise<IdempotentAnswer & { replayed: boolean }> {
  const key = idempotencyKeyOf(request);
  if (!key) return { ...(await work()), replayed: false };
  const fingerprint = createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? request.url} ${JSON.stringify(request.params)} ${JSON.stringify(request.body ?? null)}`,
    )
    .digest('hex');
  const taken = await tx.$executeRaw`
    INSERT INTO idempotent_request (province_code, key, caller_id, fingerprint, status, body)
    VALUES (${scope.province}, ${key}, ${scope.callerId}, ${fingerprint}, 0, 'null'::jsonb)
    ON CONFLICT DO NOTHING`;
  if (taken === 0) {
    const [earlier] = await tx.$queryRaw<{ fingerprint: string; status: number; body: unknown }[]>`
      SELECT fingerprint, status, body FROM idempotent_request
      WHERE province_code = ${scope.province} AND caller_id = ${scope.callerId} AND key = ${key}`;
    if (!earlier || earlier.fingerprint !== fingerprint) {
      throw new HttpProblem(422, `The Idempotency-Key ${key} was already used for a different request`);
    }
    return { status: earlier.status, body: earlier.body, replayed: true };
  }
  const answer = await work();
  await tx.$executeRaw`
    UPDATE idempotent_request SET status = ${answer.status}, body = ${JSON.stringify(answer.body)}::jsonb
    WHERE province_code = ${scope.province} AND caller_id = ${scope.callerId} AND key = ${key}`;
  return { ...answer, replayed: false };
}
