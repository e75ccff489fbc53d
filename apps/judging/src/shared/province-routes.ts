import { provinceOf, requireRole, requireSameProvince, type Role } from '@cchc/auth';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';

/** CloudEvents `source` of every event this service writes. */
export const EVENT_SOURCE = '/cchc/judging';

export const ContestParams = Type.Object({
  code: Type.String({ maxLength: 16 }),
  contestId: Type.String({ format: 'uuid' }),
});

const namedProvince = (request: FastifyRequest) => (request.params as { code: string }).code;

/** Guards of a route under `/provinces/:code`: one of the roles, and the caller's own province. */
export function inNamedProvince(...roles: Role[]) {
  return [requireRole(...roles), requireSameProvince(namedProvince)];
}

/** The province a request guarded by `inNamedProvince` acts on. */
export function actingProvince(request: FastifyRequest): string {
  return provinceOf(request, namedProvince(request));
}
