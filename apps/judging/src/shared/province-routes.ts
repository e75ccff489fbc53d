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

/** Guards of routes for those who run the judging: the province's admins, the chair and the secretary. */
export const judgingRunners = () => inNamedProvince('province-admin', 'council-chair', 'council-secretary');

/** Guards of routes for council members acting for themselves (the handler checks their seat on the council). */
export const councilMembers = () => inNamedProvince('judge', 'council-chair', 'council-secretary');

export const RoundParams = Type.Object({
  ...ContestParams.properties,
  round: Type.Integer({ minimum: 1, maximum: 2 }),
});
