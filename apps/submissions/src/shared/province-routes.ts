import { requireRole, requireSameProvince, type Role } from '@cchc/auth';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';

/** CloudEvents `source` of every event this service writes. */
export const EVENT_SOURCE = '/cchc/submissions';

export const ProvinceCode = Type.String({ maxLength: 16 });
export const Uuid = Type.String({ format: 'uuid' });

const namedProvince = (request: FastifyRequest) => (request.params as { code: string }).code;

/**
 * Guards of a route under `/provinces/:code`: the named province must be the caller's (platform roles name any),
 * and the caller must hold one of the roles when roles are given.
 */
export function inNamedProvince(...roles: Role[]) {
  const sameProvince = requireSameProvince(namedProvince);
  return roles.length ? [requireRole(...roles), sameProvince] : [sameProvince];
}
