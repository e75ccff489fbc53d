import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import { PLATFORM_ROLES, type Role } from './roles.ts';
import type { AuthContext } from './token-verifier.ts';

/** The verified caller of a route inside `authenticated`. */
export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new HttpProblem(401, 'This request needs a bearer token');
  return request.auth;
}

const isPlatform = (auth: AuthContext) => auth.roles.some((role) => PLATFORM_ROLES.includes(role as Role));

/** A route hook that lets the request through only when the caller has one of the roles. */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest) => {
    const auth = callerOf(request);
    if (!roles.some((role) => auth.roles.includes(role)))
      throw new HttpProblem(403, `This needs one of the roles ${roles.join(', ')}`);
  };
}

/**
 * The province a request acts on. Without a named province it is the caller's own. A named province must be the
 * caller's own, unless the caller has a platform role: platform accounts act on a province only by naming it.
 */
export function provinceOf(request: FastifyRequest, named?: string): string {
  const auth = callerOf(request);
  if (named === undefined) {
    if (!auth.province) throw new HttpProblem(403, 'Your account belongs to no province; name the province');
    return auth.province;
  }
  if (named === auth.province || isPlatform(auth)) return named;
  throw new HttpProblem(403, `Province ${named} is not yours`);
}

/** A route hook that refuses a request about another province than the caller's (platform roles excepted). */
export function requireSameProvince(provinceOfRequest: (request: FastifyRequest) => string | undefined) {
  return async (request: FastifyRequest) => {
    provinceOf(request, provinceOfRequest(request));
  };
}

/** Whether the caller may read across all provinces (platform roles only). */
export function mayReadAllProvinces(request: FastifyRequest): boolean {
  return isPlatform(callerOf(request));
}
