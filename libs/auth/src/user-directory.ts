import type { Role } from './roles.ts';

/** A person of the identity provider, as a service needs them to pick council members and the like. */
export interface DirectoryUser {
  /** The user's id, the `sub` of their tokens. */
  userId: string;
  username: string;
  /** Vietnamese order, family name first: `lastName firstName` (the username when the user has no name). */
  name: string;
  unit: string | null;
  province: string | null;
  /** The asked-for realm roles the user holds, in the order they were asked for. */
  roles: Role[];
}

export interface UserDirectory {
  /**
   * The enabled users of the province who hold at least one of the realm roles, sorted by name in Vietnamese
   * order. Rejects with {@link UserDirectoryError} when the identity provider cannot answer.
   */
  usersWithRoles(roles: readonly Role[], province: string): Promise<DirectoryUser[]>;
}

export interface UserDirectoryOptions {
  /** The realm URL, e.g. `http://localhost:3100/realms/cchc`; the admin API is `<origin>/admin/realms/<realm>`. */
  issuer: string;
  /** The service's confidential client; its service account needs realm-management `view-users` and `view-realm`. */
  clientId: string;
  clientSecret: string;
  /** How long the members of a role are reused before they are read again (seconds, default 60; 0 = never). */
  cacheSeconds?: number;
  /** Users asked for per request of the admin API (default 100, Keycloak's own default). */
  pageSize?: number;
  /** Longest wait for one answer of the identity provider (milliseconds, default 10 000). */
  timeoutMs?: number;
}

/** The identity provider could not be asked or refused to answer; the message says which, for a 503 answer. */
export class UserDirectoryError extends Error {
  override name = 'UserDirectoryError';
  constructor(
    message: string,
    /** The identity provider's HTTP status, when it answered. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The parts of Keycloak's UserRepresentation (full form) read here. */
interface UserRepresentation {
  id?: string;
  username?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  attributes?: Record<string, unknown>;
}

/** Renew the service's token this long before it expires, so a request never carries an expiring one. */
const TOKEN_MARGIN_MS = 30_000;

const firstValue = (attributes: Record<string, unknown> | undefined, name: string): string | null => {
  const values = attributes?.[name];
  const value = Array.isArray(values) ? values[0] : values;
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Why a request got no answer: the network error's code (ECONNREFUSED, ENOTFOUND, …) or its message. */
function failure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as NodeJS.ErrnoException | undefined;
  return cause?.code ?? (cause?.message || error.message);
}

const formEncode = (value: string) => encodeURIComponent(value).replaceAll('%20', '+');

/**
 * The people of the identity provider, read with Keycloak's admin REST API as the service's own service account:
 * a client-credentials token from the realm's token endpoint, then `GET /admin/realms/<realm>/roles/<role>/users`
 * (full representations, so the `province` and `unit` attributes come along), page by page until a short page.
 * The members of each role are kept for `cacheSeconds`; a failed read is not kept.
 */
export function createUserDirectory(options: UserDirectoryOptions): UserDirectory {
  const marker = '/realms/';
  const issuer = options.issuer.replace(/\/+$/, '');
  const at = issuer.lastIndexOf(marker);
  if (at < 0) throw new Error(`The issuer ${options.issuer} is not a Keycloak realm URL (…/realms/<realm>)`);
  const realm = issuer.slice(at + marker.length);
  const adminBase = `${issuer.slice(0, at)}/admin/realms/${realm}`;
  const tokenUrl = `${issuer}/protocol/openid-connect/token`;
  const cacheMs = (options.cacheSeconds ?? 60) * 1000;
  const pageSize = options.pageSize ?? 100;
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error('pageSize must be a positive integer');

  let token: { value: string; renewAt: number } | undefined;
  let tokenRequest: Promise<string> | undefined;
  const members = new Map<string, { users: UserRepresentation[]; until: number }>();
  const reading = new Map<string, Promise<UserRepresentation[]>>();

  async function call(url: string, init: RequestInit, what: string): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new UserDirectoryError(
        `The identity provider did not answer ${what} at ${new URL(url).origin} (${
          error instanceof Error && error.name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : failure(error)
        })`,
        undefined,
        { cause: error },
      );
    }
  }

  async function fetchToken(): Promise<string> {
    const response = await call(
      tokenUrl,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(
            `${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`,
          ).toString('base64')}`,
        },
        body: 'grant_type=client_credentials',
      },
      `the token request of client ${options.clientId}`,
    );
    const body = (await response.json().catch(() => undefined)) as
      { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string') {
      const reason = typeof body?.error === 'string' ? body.error : `HTTP ${response.status}`;
      const hint =
        reason === 'invalid_client' || response.status === 401
          ? ': check its client secret (AUTH_CLIENT_SECRET)'
          : reason === 'unauthorized_client'
            ? ': the client needs service accounts enabled'
            : '';
      throw new UserDirectoryError(
        `The identity provider refused a token to client ${options.clientId} (${reason})${hint}`,
        response.status,
      );
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 60_000;
    token = { value: body.access_token, renewAt: Date.now() + Math.max(lifetime - TOKEN_MARGIN_MS, 0) };
    return token.value;
  }

  function accessToken(): Promise<string> {
    if (token && Date.now() < token.renewAt) return Promise.resolve(token.value);
    tokenRequest ??= fetchToken().finally(() => (tokenRequest = undefined));
    return tokenRequest;
  }

  async function readPage(role: Role, first: number, retried = false): Promise<UserRepresentation[]> {
    const url = `${adminBase}/roles/${encodeURIComponent(role)}/users?briefRepresentation=false&first=${first}&max=${pageSize}`;
    const bearer = await accessToken();
    const response = await call(
      url,
      { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' } },
      `the users of role ${role}`,
    );
    if (response.status === 401 && !retried) {
      // The token may have been revoked or the provider restarted with new keys: one new token, one retry.
      await response.body?.cancel();
      if (token?.value === bearer) token = undefined;
      return readPage(role, first, true);
    }
    if (!response.ok) {
      await response.body?.cancel();
      const reason =
        response.status === 403
          ? `the service account of client ${options.clientId} may not read users: it needs the realm-management roles view-users and view-realm`
          : response.status === 404
            ? `realm ${realm} or its role ${role} does not exist`
            : `HTTP ${response.status}`;
      throw new UserDirectoryError(
        `The identity provider refused the users of role ${role}: ${reason}`,
        response.status,
      );
    }
    const page = (await response.json().catch(() => undefined)) as unknown;
    if (!Array.isArray(page))
      throw new UserDirectoryError(`The identity provider answered the users of role ${role} with no list`);
    return page as UserRepresentation[];
  }

  async function readRole(role: Role): Promise<UserRepresentation[]> {
    const users: UserRepresentation[] = [];
    for (let first = 0; ; first += pageSize) {
      const page = await readPage(role, first);
      users.push(...page);
      if (page.length < pageSize) return users;
    }
  }

  function usersOf(role: Role): Promise<UserRepresentation[]> {
    const cached = members.get(role);
    if (cached && Date.now() < cached.until) return Promise.resolve(cached.users);
    let pending = reading.get(role);
    if (!pending) {
      pending = readRole(role)
        .then((users) => {
          if (cacheMs > 0) members.set(role, { users, until: Date.now() + cacheMs });
          return users;
        })
        .finally(() => reading.delete(role));
      reading.set(role, pending);
    }
    return pending;
  }

  return {
    async usersWithRoles(roles, province) {
      const asked = [...new Set(roles)];
      const lists = await Promise.all(asked.map((role) => usersOf(role)));
      const found = new Map<string, DirectoryUser>();
      asked.forEach((role, index) => {
        for (const user of lists[index]!) {
          if (!user.id || !user.username || user.enabled === false) continue;
          if (firstValue(user.attributes, 'province') !== province) continue;
          const known = found.get(user.id);
          if (known) {
            known.roles.push(role);
            continue;
          }
          found.set(user.id, {
            userId: user.id,
            username: user.username,
            name: [user.lastName, user.firstName].filter(Boolean).join(' ') || user.username,
            unit: firstValue(user.attributes, 'unit'),
            province: firstValue(user.attributes, 'province'),
            roles: [role],
          });
        }
      });
      return [...found.values()].sort(
        (a, b) => a.name.localeCompare(b.name, 'vi') || a.username.localeCompare(b.username, 'vi'),
      );
    },
  };
}
