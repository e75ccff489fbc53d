import { createRequire } from 'node:module';

/** The parts of keycloak-connect's token utilities used here; the package declares types for its middleware only. */
interface KeycloakToken {
  header: Record<string, unknown> | undefined;
  content: Record<string, unknown>;
  signed: string | undefined;
}
interface KeycloakTokenUtilities {
  Config: new (config: Record<string, unknown>) => object;
  GrantManager: new (config: object) => {
    validateToken(token: KeycloakToken, expectedType: string): Promise<unknown>;
  };
  Token: new (token: string, clientId?: string) => KeycloakToken;
}

const require = createRequire(import.meta.url);
const keycloak: KeycloakTokenUtilities = {
  Config: require('keycloak-connect/middleware/auth-utils/config.js'),
  GrantManager: require('keycloak-connect/middleware/auth-utils/grant-manager.js'),
  Token: require('keycloak-connect/middleware/auth-utils/token.js'),
};

/** Who made a request, from a verified access token. */
export interface AuthContext {
  /** The user's (or service account's) id: the token's `sub`. */
  userId: string;
  username: string;
  name: string | undefined;
  /** Realm roles. */
  roles: string[];
  /** The province code the user belongs to; absent for platform accounts. */
  province: string | null;
  /** The code of the user's unit, when the user belongs to one. */
  unit: string | null;
  /** The client the token was issued to (`azp`). */
  clientId: string | undefined;
}

/** A token that does not prove who is calling; the message says why, for the 401 answer. */
export class InvalidTokenError extends Error {}

export interface TokenVerifierOptions {
  /** The realm URL, which is also the tokens' issuer, e.g. `http://localhost:3100/realms/cchc`. */
  issuer: string;
  /** This service's client id in the realm. */
  clientId: string;
  /** Least time between two fetches of the realm keys when a token names an unknown key (seconds). */
  minTimeBetweenKeyFetchesSeconds?: number;
}

export type TokenVerifier = (accessToken: string) => Promise<AuthContext>;

/** Tolerated clock difference with the identity provider for `nbf`. */
const CLOCK_SKEW_SECONDS = 10;

const optionalString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Verifies Keycloak access tokens with keycloak-connect's grant manager: signature with the realm's keys (fetched
 * from the certs URL, cached, fetched again when a token names a new key), issuer, type and expiry. keycloak-connect
 * accepts a token without `exp` and ignores `nbf` and `alg`, so those are checked here first.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const marker = '/realms/';
  const at = options.issuer.lastIndexOf(marker);
  if (at < 0) throw new Error(`The issuer ${options.issuer} is not a Keycloak realm URL (…/realms/<realm>)`);
  const grantManager = new keycloak.GrantManager(
    new keycloak.Config({
      'auth-server-url': options.issuer.slice(0, at),
      realm: options.issuer.slice(at + marker.length),
      resource: options.clientId,
      'bearer-only': true,
      'min-time-between-jwks-requests': options.minTimeBetweenKeyFetchesSeconds ?? 10,
    }),
  );

  return async (accessToken) => {
    const token = new keycloak.Token(accessToken, options.clientId);
    const { header, content } = token;
    if (!header || !token.signed) throw new InvalidTokenError('the token is not a JWT');
    if (header['alg'] !== 'RS256')
      throw new InvalidTokenError(`tokens signed with ${String(header['alg'])} are not accepted`);
    const now = Date.now() / 1000;
    if (typeof content['exp'] !== 'number') throw new InvalidTokenError('the token has no expiry');
    if (typeof content['nbf'] === 'number' && content['nbf'] > now + CLOCK_SKEW_SECONDS)
      throw new InvalidTokenError('the token is not valid yet');
    try {
      await grantManager.validateToken(token, 'Bearer');
    } catch (error) {
      // keycloak-connect says e.g. "invalid token (expired)"; keep its reason.
      throw new InvalidTokenError(error instanceof Error ? error.message : String(error));
    }
    const realmAccess = content['realm_access'] as { roles?: unknown } | undefined;
    const roles = Array.isArray(realmAccess?.roles)
      ? realmAccess.roles.filter((role) => typeof role === 'string')
      : [];
    const userId = optionalString(content['sub']);
    if (!userId) throw new InvalidTokenError('the token names no subject');
    return {
      userId,
      username: optionalString(content['preferred_username']) ?? userId,
      name: optionalString(content['name']) ?? undefined,
      roles,
      province: optionalString(content['province']),
      unit: optionalString(content['unit']),
      clientId: optionalString(content['azp']) ?? undefined,
    };
  };
}
