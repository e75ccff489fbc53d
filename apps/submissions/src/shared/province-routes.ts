import { callerOf, mayReadAllProvinces, requireRole, type Role } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';

/** CloudEvents `source` of every event this service writes. */
export const EVENT_SOURCE = '/cchc/submissions';

export const ProvinceCode = Type.String({ maxLength: 16 });
export const Uuid = Type.String({ format: 'uuid' });

/** Requests that change nothing. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const acting = new WeakMap<FastifyRequest, string>();

/**
 * Lets a request about `/provinces/:code` through when the province is the caller's, when the caller has a platform
 * role, or, for reading only, when the caller's province is the one it was merged into.
 */
async function namedProvinceAccess(request: FastifyRequest) {
  const named = (request.params as { code: string }).code;
  const caller = callerOf(request);
  const allowed =
    named === caller.province ||
    mayReadAllProvinces(request) ||
    (READ_METHODS.has(request.method) &&
      caller.province !== null &&
      (await request.server.provinceSucceeds(caller.province, named)));
  if (!allowed) throw new HttpProblem(403, `Province ${named} is not yours`);
  acting.set(request, named);
}

/** Guards of a route under `/provinces/:code`, with one of the roles when roles are given. */
export function inNamedProvince(...roles: Role[]) {
  return roles.length ? [requireRole(...roles), namedProvinceAccess] : [namedProvinceAccess];
}

/** The province a request guarded by `inNamedProvince` acts on. */
export function actingProvince(request: FastifyRequest): string {
  const code = acting.get(request);
  if (code === undefined) throw new Error(`${request.routeOptions.url} is not guarded by inNamedProvince`);
  return code;
}
