import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWTPayload } from 'jose';
import { verifyAccessToken, type EndpointContext } from './endpoints.ts';
import type { UserModel } from './realm.ts';

/** Where Keycloak serves its admin REST API, on the server root rather than under the realm URL. */
export const ADMIN_REALMS_PATH = '/admin/realms';

/** Keycloak's default page size of the admin API (`Constants.DEFAULT_MAX_RESULTS`). */
const DEFAULT_MAX_RESULTS = 100;

/** The client holding the admin roles of a realm. */
const REALM_MANAGEMENT = 'realm-management';

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The part of Keycloak's UserRepresentation the admin API returns here. */
export interface AdminUserRepresentation {
  id: string;
  username: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  emailVerified: boolean;
  createdTimestamp: number;
  enabled: boolean;
  totp?: boolean;
  disableableCredentialTypes?: string[];
  requiredActions?: string[];
  notBefore?: number;
  attributes?: Record<string, string[]>;
  serviceAccountClientId?: string;
  access?: Record<string, boolean>;
}

/** Keycloak's brief representation (`toBriefRepresentation`) or the full one, which adds the attributes. */
function representation(user: UserModel, brief: boolean): AdminUserRepresentation {
  const rep: AdminUserRepresentation = {
    id: user.id,
    username: user.username,
    ...(user.firstName !== undefined ? { firstName: user.firstName } : {}),
    ...(user.lastName !== undefined ? { lastName: user.lastName } : {}),
    ...(user.email !== undefined ? { email: user.email } : {}),
    emailVerified: user.emailVerified,
    createdTimestamp: user.createdTimestamp,
    enabled: user.enabled,
  };
  if (brief) return rep;
  return {
    ...rep,
    totp: false,
    disableableCredentialTypes: [],
    requiredActions: [],
    notBefore: 0,
    ...(Object.keys(user.attributes).length > 0 ? { attributes: structuredClone(user.attributes) } : {}),
    ...(user.serviceAccountClientId ? { serviceAccountClientId: user.serviceAccountClientId } : {}),
  };
}

/**
 * The caller's roles of the realm-management client. Keycloak checks the user's role mappings within the
 * client's scope; every client here has the full scope, so that is what the access token carries.
 */
function adminRoles(payload: JWTPayload): Set<string> {
  const access = payload['resource_access'] as Record<string, { roles?: unknown }> | undefined;
  const roles = access?.[REALM_MANAGEMENT]?.roles;
  return new Set(Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : []);
}

/** Keycloak's admin permissions (AdminRoles), as its default (not fine-grained) policy evaluates them. */
function permissions(roles: Set<string>) {
  const any = (...names: string[]) => roles.has('realm-admin') || names.some((name) => roles.has(name));
  return {
    viewRealm: any('view-realm', 'manage-realm'),
    viewUsers: any('view-users', 'manage-users'),
    queryUsers: any('query-users', 'view-users', 'manage-users'),
    manageUsers: any('manage-users'),
    impersonate: any('impersonation'),
  };
}

/** An integer query parameter as JAX-RS reads it; Keycloak ignores a negative `first` and reads a negative `max` as no limit. */
function integerParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw new AdminError(400, `${name} must be an integer`);
  return Number(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-cache', ...headers });
  res.end(JSON.stringify(body));
}

/** `GET /admin/realms/{realm}/roles/{role}/users`: the users a realm role is mapped to, ordered by username. */
function usersInRole(ctx: EndpointContext, roleName: string, url: URL, roles: Set<string>) {
  const can = permissions(roles);
  // RoleContainerResource.getUsersInRole: auth.roles().requireView(realm) and auth.users().requireQuery().
  if (!can.viewRealm || !can.queryUsers) throw new AdminError(403, 'HTTP 403 Forbidden');
  const role = ctx.realm.realmRoles.get(roleName);
  if (!role) throw new AdminError(404, 'Could not find role');
  const first = Math.max(0, integerParam(url, 'first') ?? 0);
  const max = integerParam(url, 'max') ?? DEFAULT_MAX_RESULTS;
  const brief = url.searchParams.get('briefRepresentation')?.toLowerCase() === 'true';
  // Every user holds the default role, as this provider puts it into every token.
  const isDefault = roleName === ctx.realm.defaultRoleName;
  const members = [...ctx.realm.usersById.values()]
    .filter((user) => isDefault || user.realmRoles.includes(roleName))
    .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  const page = max < 0 ? members.slice(first) : members.slice(first, first + max);
  return page.map((user) => representation(user, brief));
}

/** `GET /admin/realms/{realm}/users/{id}`: one user's full representation with what the caller may do. */
function userById(ctx: EndpointContext, id: string, roles: Set<string>) {
  const can = permissions(roles);
  if (!can.viewUsers) throw new AdminError(403, 'HTTP 403 Forbidden');
  const user = ctx.realm.usersById.get(id);
  if (!user) throw new AdminError(404, 'User not found');
  return {
    ...representation(user, false),
    access: {
      view: true,
      manage: can.manageUsers,
      manageGroupMembership: can.manageUsers,
      mapRoles: can.manageUsers,
      impersonate: can.impersonate,
    },
  };
}

/**
 * The read-only part of Keycloak's admin REST API that services use to look users up: the users of a realm role
 * and one user by id. A bearer access token of the realm is required (401 without one); what it may read
 * follows the realm-management roles it carries, as Keycloak's default admin permissions do (403 otherwise).
 */
export async function handleAdminApi(
  ctx: EndpointContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  try {
    const header = req.headers.authorization ?? '';
    const token = /^bearer /i.test(header) ? header.slice(7).trim() : '';
    const verified = token ? await verifyAccessToken(ctx, token) : undefined;
    if (!verified) {
      sendJson(res, 401, { error: 'HTTP 401 Unauthorized' }, { 'www-authenticate': 'Bearer' });
      return;
    }
    const segments = url.pathname
      .slice(ADMIN_REALMS_PATH.length + 1)
      .split('/')
      .map((segment) => decodeURIComponent(segment));
    const [realm, resource, id, sub, ...rest] = segments;
    if (realm !== ctx.realm.name) throw new AdminError(404, 'Realm not found.');
    const roles = adminRoles(verified.payload);
    let body: unknown;
    if (resource === 'roles' && id && sub === 'users' && rest.length === 0) {
      if (req.method !== 'GET') throw new AdminError(405, 'HTTP 405 Method Not Allowed');
      body = usersInRole(ctx, id, url, roles);
    } else if (resource === 'users' && id && sub === undefined) {
      if (req.method !== 'GET') throw new AdminError(405, 'HTTP 405 Method Not Allowed');
      body = userById(ctx, id, roles);
    } else {
      throw new AdminError(404, 'Unable to find matching target resource method');
    }
    sendJson(res, 200, body);
  } catch (error) {
    if (res.headersSent) res.destroy();
    else if (error instanceof AdminError) sendJson(res, error.status, { error: error.message });
    else if (error instanceof URIError) sendJson(res, 400, { error: 'malformed path' });
    else {
      ctx.log(`dev-idp: ${req.method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 500, { error: 'unknown_error' });
    }
  }
}
