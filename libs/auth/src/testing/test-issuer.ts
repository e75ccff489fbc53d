import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';

export interface TokenClaims {
  username: string;
  roles?: string[];
  province?: string;
  unit?: string;
  /** Any claim to add or override, e.g. `exp`, `nbf`, `iss`. */
  extra?: JWTPayload;
}

export interface TestIssuer {
  /** The realm URL tokens name as issuer; its certs URL serves the signing key. */
  issuer: string;
  /** A Keycloak-shaped access token signed with the realm's key. */
  token(claims: TokenClaims): Promise<string>;
  /** The same token signed with a key the realm does not publish. */
  tokenWithForeignKey(claims: TokenClaims): Promise<string>;
  /** Claims as the identity provider would put them in an access token. */
  claimsOf(claims: TokenClaims): JWTPayload;
  /** How many times the certs URL was fetched. */
  keyFetches(): number;
  stop(): Promise<void>;
}

/**
 * A realm's key publication over real HTTP (Keycloak's certs URL) and tokens signed with its RS256 key, for tests
 * that need tokens an identity provider would never issue: expired, not yet valid, from another issuer.
 */
export async function startTestIssuer(): Promise<TestIssuer> {
  const realmKey = await generateKeyPair('RS256');
  const foreignKey = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(realmKey.publicKey)), kid, alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server = createServer((request, response) => {
    if (request.url?.endsWith('/protocol/openid-connect/certs')) {
      fetches++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/cchc`;

  const claimsOf = (claims: TokenClaims): JWTPayload => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: issuer,
      sub: randomUUID(),
      typ: 'Bearer',
      azp: 'portal',
      aud: 'account',
      iat: now,
      exp: now + 300,
      jti: randomUUID(),
      sid: randomUUID(),
      preferred_username: claims.username,
      name: claims.username,
      realm_access: { roles: claims.roles ?? [] },
      ...(claims.province ? { province: claims.province } : {}),
      ...(claims.unit ? { unit: claims.unit } : {}),
      ...claims.extra,
    };
  };
  const sign = (claims: TokenClaims, key: CryptoKey) =>
    new SignJWT(claimsOf(claims)).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);

  return {
    issuer,
    token: (claims) => sign(claims, realmKey.privateKey),
    tokenWithForeignKey: (claims) => sign(claims, foreignKey.privateKey),
    claimsOf,
    keyFetches: () => fetches,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
