import { compactVerify, SignJWT } from 'jose';

/** The claims Keycloak puts in a refresh token; `jti` carries oidc-provider's opaque refresh token. */
export interface RefreshTokenClaims {
  exp: number;
  iat: number;
  jti: string;
  iss: string;
  aud: string;
  sub: string;
  typ: 'Refresh' | 'Offline';
  azp: string;
  sid?: string;
  scope?: string;
}

/**
 * oidc-provider's refresh tokens are opaque, but keycloak-js decodes the refresh token as a JWT. The provider
 * therefore hands out an HS512 JWT (as Keycloak does) whose `jti` is the opaque token, and unwraps it again
 * when a client presents it; a value that is not such a JWT, signed here, is never looked up.
 */
export async function wrapRefreshToken(key: Uint8Array, claims: RefreshTokenClaims): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS512', typ: 'JWT' }).sign(key);
}

/** The opaque refresh token inside a JWT made by {@link wrapRefreshToken}, or undefined. */
export async function unwrapRefreshToken(
  key: Uint8Array,
  issuer: string,
  value: string,
): Promise<string | undefined> {
  if (value.split('.').length !== 3) return undefined;
  try {
    const { payload } = await compactVerify(value, key, { algorithms: ['HS512'] });
    const claims = JSON.parse(new TextDecoder().decode(payload)) as Partial<RefreshTokenClaims>;
    if (claims.iss !== issuer || (claims.typ !== 'Refresh' && claims.typ !== 'Offline')) return undefined;
    return typeof claims.jti === 'string' ? claims.jti : undefined;
  } catch {
    return undefined;
  }
}
