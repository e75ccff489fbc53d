import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USERS_FILE, startDevIdp, type DevIdp } from './index.ts';
import type { StrictUsersFile } from './keycloak-representations.ts';
import { authorizationUrl, Browser, decodeJwtPayload, pkcePair, responseParams } from './testing/browser.ts';
import {
  basicAuth,
  DEMO_PASSWORD,
  exchangeCode,
  loginAs,
  openLoginPage,
  REDIRECT_URI,
  submitLogin,
  tokenRequest,
} from './testing/flow.ts';

const require = createRequire(import.meta.url);

interface KeycloakConnectConfig {
  realmUrl: string;
}
interface KeycloakConnectToken {
  content: Record<string, unknown>;
}
interface GrantManagerInstance {
  validateToken(token: KeycloakConnectToken, expectedType: string): Promise<KeycloakConnectToken>;
  createGrant(raw: object): Promise<{ access_token: KeycloakConnectToken; id_token?: KeycloakConnectToken }>;
}
const KeycloakConfig = require('keycloak-connect/middleware/auth-utils/config.js') as new (
  config: object,
) => KeycloakConnectConfig;
const GrantManager = require('keycloak-connect/middleware/auth-utils/grant-manager.js') as new (
  config: KeycloakConnectConfig,
) => GrantManagerInstance;
const KeycloakToken = require('keycloak-connect/middleware/auth-utils/token.js') as new (
  token: string,
  clientId?: string,
) => KeycloakConnectToken;

let idp: DevIdp;
let dataDir: string;
let jwks: ReturnType<typeof createRemoteJWKSet>;
let cbAuthorId: string;

const SERVICES = ['submissions', 'judging', 'rewards', 'reporting'];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dev-idp-'));
  // The demo users plus one disabled account, to check it is refused.
  const users = JSON.parse(await readFile(DEFAULT_USERS_FILE, 'utf8')) as StrictUsersFile;
  cbAuthorId = users.users.find((user) => user.username === 'cb-author')!.id!;
  users.users.push({
    username: 'cb-former-author',
    enabled: false,
    firstName: 'Cũ',
    lastName: 'Nguyễn Văn',
    email: 'cb-former-author@cchc.example',
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    realmRoles: ['author'],
    attributes: { province: ['CB'], unit: ['CB-STP'] },
  });
  const usersFile = path.join(dataDir, 'users.json');
  await writeFile(usersFile, JSON.stringify(users));
  idp = await startDevIdp({ port: 0, dataDir, usersFile, env: {}, log: () => {} });
  jwks = createRemoteJWKSet(new URL(`${idp.issuer}/protocol/openid-connect/certs`));
});

afterAll(async () => {
  await idp?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function verifyAccessToken(token: string): Promise<JWTPayload> {
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    issuer: idp.issuer,
    algorithms: ['RS256'],
  });
  expect(protectedHeader.typ).toBe('JWT');
  return payload;
}

describe('discovery', () => {
  it("lists Keycloak's endpoint URLs under the issuer", async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    const base = `${idp.issuer}/protocol/openid-connect`;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      userinfo_endpoint: `${base}/userinfo`,
      end_session_endpoint: `${base}/logout`,
      introspection_endpoint: `${base}/token/introspect`,
      revocation_endpoint: `${base}/revoke`,
      check_session_iframe: `${base}/login-status-iframe.html`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(idp.issuer).toBe(`${idp.url}/realms/cchc`);
  });

  it('serves an RS256 signing key with a kid at the certs URL, and the realm description', async () => {
    const certs = (await (await fetch(`${idp.issuer}/protocol/openid-connect/certs`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(certs.keys).toHaveLength(1);
    expect(certs.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(certs.keys[0]!['kid']).toEqual(expect.any(String));
    expect(certs.keys[0]!['d']).toBeUndefined();
    const realm = (await (await fetch(idp.issuer)).json()) as Record<string, unknown>;
    expect(realm).toMatchObject({ realm: 'cchc', 'token-service': `${idp.issuer}/protocol/openid-connect` });
  });
});

describe('login page', () => {
  it('is in Vietnamese by default, accessible, and switches to English by a link', async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { issuer: idp.issuer, challenge: pkcePair().challenge });
    expect(page.status).toBe(200);
    expect(page.url).toContain('/realms/cchc/login-actions/authenticate/');
    expect(page.html).toContain('<html lang="vi">');
    expect(page.html).toContain('<label for="username">Tên đăng nhập hoặc email</label>');
    expect(page.html).toContain('<label for="password">Mật khẩu</label>');
    expect(page.html).toMatch(/<input id="username"[^>]*autocomplete="username"[^>]*autofocus>/);
    expect(page.html).toMatch(/<input id="password"[^>]*type="password"/);
    const english = /<a href="([^"]+)" lang="en" hreflang="en">English<\/a>/.exec(page.html);
    expect(english).not.toBeNull();
    const switched = await browser.request(new URL(english![1]!.replaceAll('&amp;', '&'), page.url));
    const html = await switched.text();
    expect(switched.status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="username">Username or email</label>');
    expect(html).toContain('lang="vi" hreflang="vi">Tiếng Việt</a>');
  });

  it('is in English when the request asks with ui_locales or kc_locale', async () => {
    for (const extra of [{ ui_locales: 'en' }, { kc_locale: 'en' }] as Record<string, string>[]) {
      const page = await openLoginPage(new Browser(), {
        issuer: idp.issuer,
        challenge: pkcePair().challenge,
        extra,
      });
      expect(page.html).toContain('<html lang="en">');
      expect(page.html).toContain('Sign in');
    }
  });

  it('refuses a wrong password with the form again and no code, then accepts the right one', async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { issuer: idp.issuer, challenge: pkcePair().challenge });
    const wrong = await submitLogin(browser, page.action, 'cb-author', 'not-the-password');
    expect(wrong.location).toBeUndefined();
    expect(wrong.status).toBe(200);
    expect(wrong.html).toContain('role="alert"');
    expect(wrong.html).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(wrong.html).toMatch(
      /<input id="password"[^>]*aria-invalid="true" aria-describedby="login-error" autofocus>/,
    );
    expect(wrong.html).toContain('value="cb-author"');
    const unknown = await submitLogin(browser, page.action, 'nobody', DEMO_PASSWORD);
    expect(unknown.location).toBeUndefined();
    const right = await submitLogin(browser, page.action, 'cb-author', DEMO_PASSWORD);
    expect(responseParams(right.location!).get('code')).toEqual(expect.any(String));
  });

  it('refuses a disabled account even with its right password', async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { issuer: idp.issuer, challenge: pkcePair().challenge });
    const result = await submitLogin(browser, page.action, 'cb-former-author', DEMO_PASSWORD);
    expect(result.location).toBeUndefined();
    expect(result.html).toContain('Tài khoản đã bị vô hiệu hóa');
  });

  it('accepts the e-mail address as the login name', async () => {
    const { tokens } = await loginAs(idp.issuer, 'HG-JUDGE@cchc.example');
    expect(decodeJwtPayload(tokens.access_token)['preferred_username']).toBe('hg-judge');
  });
});

describe('authorization code flow with PKCE', () => {
  it('issues Keycloak-shaped access and ID tokens for the portal', async () => {
    const { tokens, nonce } = await loginAs(idp.issuer, 'cb-author', { scope: 'openid' });
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'openid profile email',
      'not-before-policy': 0,
    });
    expect(tokens.refresh_expires_in).toBeGreaterThan(1700);

    const access = await verifyAccessToken(tokens.access_token);
    expect(access).toMatchObject({
      iss: idp.issuer,
      sub: cbAuthorId,
      typ: 'Bearer',
      azp: 'portal',
      scope: 'openid profile email',
      acr: '1',
      preferred_username: 'cb-author',
      name: 'Lan Bế Thị',
      given_name: 'Lan',
      family_name: 'Bế Thị',
      email: 'cb-author@cchc.example',
      email_verified: true,
      province: 'CB',
      unit: 'CB-STP',
      // The relative redirect URI /* names the provider's own public origin.
      'allowed-origins': [idp.publicUrl, 'http://localhost:3100', 'http://127.0.0.1:3100'],
      resource_access: { account: { roles: ['manage-account', 'manage-account-links', 'view-profile'] } },
    });
    expect(access.exp! - access.iat!).toBe(300);
    expect(access.jti).toEqual(expect.any(String));
    expect(access['sid']).toEqual(expect.any(String));
    expect(access['auth_time']).toEqual(expect.any(Number));
    expect(access.aud).toEqual(expect.arrayContaining([...SERVICES, 'account']));
    expect((access['realm_access'] as { roles: string[] }).roles.sort()).toEqual(
      ['author', 'default-roles-cchc', 'offline_access', 'uma_authorization'].sort(),
    );
    expect(access['client_id']).toBeUndefined();

    const { payload: id, protectedHeader } = await jwtVerify(tokens.id_token, jwks, {
      issuer: idp.issuer,
      audience: 'portal',
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(id).toMatchObject({
      sub: cbAuthorId,
      typ: 'ID',
      azp: 'portal',
      nonce,
      sid: access['sid'],
      acr: '1',
      preferred_username: 'cb-author',
      province: 'CB',
      unit: 'CB-STP',
      email_verified: true,
    });
    expect(id['realm_access']).toBeUndefined();
    expect(tokens.session_state).toBe(access['sid']);
  });

  it('gives the platform administrator no province or unit', async () => {
    const { tokens } = await loginAs(idp.issuer, 'platform-admin');
    const access = await verifyAccessToken(tokens.access_token);
    expect((access['realm_access'] as { roles: string[] }).roles).toContain('platform-admin');
    expect(access['province']).toBeUndefined();
    expect(access['unit']).toBeUndefined();
  });

  it('delivers the code in the query when asked with response_mode=query', async () => {
    const { tokens } = await loginAs(idp.issuer, 'hg-author', { responseMode: 'query' });
    expect(decodeJwtPayload(tokens.access_token)['province']).toBe('HG');
  });

  it('answers prompt=none with login_required when there is no session, and with a code when there is', async () => {
    const none = { prompt: 'none' };
    const anonymous = await new Browser().follow(
      authorizationUrl({ issuer: idp.issuer, challenge: pkcePair().challenge, extra: none }),
      REDIRECT_URI,
    );
    expect(responseParams(anonymous.location!).get('error')).toBe('login_required');
    const { browser } = await loginAs(idp.issuer, 'cb-council-secretary');
    const silent = await browser.follow(
      authorizationUrl({ issuer: idp.issuer, challenge: pkcePair().challenge, extra: none }),
      REDIRECT_URI,
    );
    expect(responseParams(silent.location!).get('code')).toEqual(expect.any(String));
  });

  it("resolves the portal's relative redirect URIs against the public origin, and refuses other origins", async () => {
    const challenge = pkcePair().challenge;
    const own = `${idp.publicUrl}/units`;
    const page = await openLoginPage(new Browser(), { issuer: idp.issuer, challenge, redirectUri: own });
    expect(page.status).toBe(200);
    const foreign = await openLoginPage(new Browser(), {
      issuer: idp.issuer,
      challenge,
      redirectUri: 'http://elsewhere.example/units',
    });
    expect(foreign.status).toBe(400);
  });

  it('requires PKCE S256 from the portal and refuses plain', async () => {
    const missing = await new Browser().follow(authorizationUrl({ issuer: idp.issuer }), REDIRECT_URI);
    expect(responseParams(missing.location!).get('error')).toBe('invalid_request');
    const plain = await new Browser().follow(
      authorizationUrl({
        issuer: idp.issuer,
        extra: { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' },
      }),
      REDIRECT_URI,
    );
    expect(responseParams(plain.location!).get('error')).toBe('invalid_request');
  });

  it('refuses a code exchanged with the wrong verifier', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const page = await openLoginPage(browser, { issuer: idp.issuer, challenge });
    const login = await submitLogin(browser, page.action, 'cb-judge', DEMO_PASSWORD);
    const code = responseParams(login.location!).get('code')!;
    const response = await exchangeCode(idp.issuer, code, pkcePair().verifier);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses a redirect URI outside the registered patterns', async () => {
    const response = await new Browser().request(
      authorizationUrl({
        issuer: idp.issuer,
        challenge: pkcePair().challenge,
        redirectUri: 'http://evil.example/',
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri');
  });

  it('answers userinfo with the mapped claims', async () => {
    const { tokens } = await loginAs(idp.issuer, 'hg-approver');
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      preferred_username: 'hg-approver',
      province: 'HG',
      unit: 'HG-UBND',
      email_verified: true,
    });
    expect(body['sub']).toBe(decodeJwtPayload(tokens.access_token)['sub']);
    const refused = await fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}x` },
    });
    expect(refused.status).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('hands out a JWT-shaped refresh token that the refresh grant accepts', async () => {
    const { tokens } = await loginAs(idp.issuer, 'cb-council-chair');
    const refreshPayload = decodeJwtPayload(tokens.refresh_token);
    expect(decodeProtectedHeader(tokens.refresh_token).alg).toBe('HS512');
    expect(refreshPayload).toMatchObject({
      iss: idp.issuer,
      aud: idp.issuer,
      typ: 'Refresh',
      azp: 'portal',
      sub: decodeJwtPayload(tokens.access_token)['sub'],
      sid: decodeJwtPayload(tokens.access_token)['sid'],
    });
    expect(refreshPayload['exp']).toEqual(expect.any(Number));

    const refreshed = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      client_id: 'portal',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as {
      access_token: string;
      refresh_token: string;
      id_token: string;
    };
    const access = await verifyAccessToken(next.access_token);
    expect(access).toMatchObject({ preferred_username: 'cb-council-chair', province: 'CB', typ: 'Bearer' });
    expect(access['sid']).toBe(refreshPayload['sid']);
    expect(decodeJwtPayload(next.refresh_token)['typ']).toBe('Refresh');
    expect(next.refresh_token).not.toBe(tokens.refresh_token);

    const again = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      client_id: 'portal',
      refresh_token: next.refresh_token,
    });
    expect(again.status).toBe(200);
  });

  it('revokes access and refresh tokens at the revoke endpoint', async () => {
    const { tokens } = await loginAs(idp.issuer, 'hg-council-chair');
    const revoke = (token: string) =>
      fetch(`${idp.issuer}/protocol/openid-connect/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: 'portal', token }).toString(),
      });
    const userinfo = () =>
      fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      });
    expect((await userinfo()).status).toBe(200);
    expect((await revoke(tokens.access_token)).status).toBe(200);
    expect((await userinfo()).status).toBe(401);

    expect((await revoke(tokens.refresh_token)).status).toBe(200);
    const refresh = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      client_id: 'portal',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.status).toBe(400);
    expect((await revoke('unknown')).status).toBe(200);
  });

  it('refuses a refresh token that is not one it signed', async () => {
    const { tokens } = await loginAs(idp.issuer, 'hg-judge');
    const opaque = decodeJwtPayload(tokens.refresh_token)['jti'] as string;
    const [header, payload] = tokens.refresh_token.split('.');
    for (const forged of [opaque, `${header}.${payload}.${'A'.repeat(86)}`]) {
      const response = await tokenRequest(idp.issuer, {
        grant_type: 'refresh_token',
        client_id: 'portal',
        refresh_token: forged,
      });
      expect(response.status).toBe(400);
    }
  });
});

describe('client credentials for the services', () => {
  it('issues a service-account token with the right secret', async () => {
    const response = await tokenRequest(
      idp.issuer,
      { grant_type: 'client_credentials' },
      basicAuth('submissions', idp.clientSecrets['submissions']!),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      access_token: string;
      refresh_token?: string;
      expires_in: number;
    };
    expect(body.refresh_token).toBeUndefined();
    expect(body.expires_in).toBe(300);
    const access = await verifyAccessToken(body.access_token);
    expect(access).toMatchObject({
      typ: 'Bearer',
      azp: 'submissions',
      client_id: 'submissions',
      preferred_username: 'service-account-submissions',
      scope: 'profile email',
      email_verified: false,
    });
    expect(access.sub).toEqual(expect.any(String));
    expect(access['sid']).toBeUndefined();
    expect(access.aud).toEqual(expect.arrayContaining([...SERVICES, 'account']));
    expect((access['realm_access'] as { roles: string[] }).roles).toContain('default-roles-cchc');
  });

  it('accepts the secret in the body too, and refuses a wrong secret or the public client', async () => {
    const post = await tokenRequest(idp.issuer, {
      grant_type: 'client_credentials',
      client_id: 'reporting',
      client_secret: idp.clientSecrets['reporting']!,
    });
    expect(post.status).toBe(200);
    const wrong = await tokenRequest(
      idp.issuer,
      { grant_type: 'client_credentials' },
      basicAuth('judging', 'wrong'),
    );
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_client');
    const portal = await tokenRequest(idp.issuer, { grant_type: 'client_credentials', client_id: 'portal' });
    expect(portal.status).toBe(400);
  });

  it('generated a distinct secret per service and kept them in the data directory', async () => {
    const secrets = Object.values(idp.clientSecrets);
    expect(Object.keys(idp.clientSecrets).sort()).toEqual([...SERVICES].sort());
    expect(new Set(secrets).size).toBe(4);
    const stored = JSON.parse(await readFile(path.join(dataDir, 'client-secrets.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(stored).toEqual(idp.clientSecrets);
  });

  it('introspects tokens for an authenticated service', async () => {
    const { tokens } = await loginAs(idp.issuer, 'cb-analyst');
    const introspect = (token: string, secret = idp.clientSecrets['reporting']!) =>
      fetch(`${idp.issuer}/protocol/openid-connect/token/introspect`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...basicAuth('reporting', secret) },
        body: new URLSearchParams({ token }).toString(),
      });
    const active = (await (await introspect(tokens.access_token)).json()) as Record<string, unknown>;
    expect(active).toMatchObject({
      active: true,
      username: 'cb-analyst',
      client_id: 'portal',
      province: 'CB',
    });
    const refresh = (await (await introspect(tokens.refresh_token)).json()) as Record<string, unknown>;
    expect(refresh).toMatchObject({ active: true, typ: 'Refresh' });
    expect(await (await introspect('garbage')).json()).toEqual({ active: false });
    expect((await introspect(tokens.access_token, 'wrong')).status).toBe(401);
  });
});

describe('keycloak-connect', () => {
  const config = (clientId: string, extra: object = {}) =>
    new KeycloakConfig({ realm: 'cchc', 'auth-server-url': idp.url, resource: clientId, ...extra });

  it("validates the portal's access token as a bearer-only service checking its audience", async () => {
    const { tokens } = await loginAs(idp.issuer, 'cb-province-admin');
    expect(config('submissions').realmUrl).toBe(idp.issuer);
    for (const service of SERVICES) {
      const manager = new GrantManager(
        config(service, { 'bearer-only': true, 'verify-token-audience': true }),
      );
      const token = await manager.validateToken(new KeycloakToken(tokens.access_token, service), 'Bearer');
      expect(token.content['province']).toBe('CB');
    }
    const wrongAudience = new GrantManager(
      config('portal-admin', { 'bearer-only': true, 'verify-token-audience': true }),
    );
    await expect(
      wrongAudience.validateToken(new KeycloakToken(tokens.access_token), 'Bearer'),
    ).rejects.toThrow(/wrong audience/);
  });

  it("creates a grant from the portal's token response, ID token included", async () => {
    const { tokens } = await loginAs(idp.issuer, 'hg-council-secretary');
    const manager = new GrantManager(config('portal', { 'public-client': true }));
    const grant = await manager.createGrant(tokens);
    expect(grant.access_token.content['preferred_username']).toBe('hg-council-secretary');
    expect(grant.id_token?.content['typ']).toBe('ID');
  });

  it('validates a service-account token and rejects a tampered one', async () => {
    const response = await tokenRequest(
      idp.issuer,
      { grant_type: 'client_credentials' },
      basicAuth('judging', idp.clientSecrets['judging']!),
    );
    const { access_token } = (await response.json()) as { access_token: string };
    const manager = new GrantManager(
      config('rewards', { 'bearer-only': true, 'verify-token-audience': true }),
    );
    const token = await manager.validateToken(new KeycloakToken(access_token), 'Bearer');
    expect(token.content['azp']).toBe('judging');
    const [header, payload, signature] = access_token.split('.');
    const changed = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        realm_access: { roles: ['platform-admin'] },
      }),
    ).toString('base64url');
    await expect(
      manager.validateToken(new KeycloakToken(`${header}.${changed}.${signature}`), 'Bearer'),
    ).rejects.toThrow(/signature/);
  });
});

describe('logout', () => {
  it('logs out at once with id_token_hint and post_logout_redirect_uri, and the next login asks again', async () => {
    const { tokens, browser } = await loginAs(idp.issuer, 'hg-province-admin');
    const silent = await browser.follow(
      authorizationUrl({ issuer: idp.issuer, challenge: pkcePair().challenge }),
      REDIRECT_URI,
    );
    expect(responseParams(silent.location!).get('code')).toEqual(expect.any(String));

    const logoutUrl = new URL(`${idp.issuer}/protocol/openid-connect/logout`);
    logoutUrl.search = new URLSearchParams({
      client_id: 'portal',
      post_logout_redirect_uri: REDIRECT_URI,
      id_token_hint: tokens.id_token,
    }).toString();
    const logout = await browser.request(logoutUrl);
    expect([302, 303]).toContain(logout.status);
    expect(logout.headers.get('location')).toBe(REDIRECT_URI);

    const again = await browser.follow(
      authorizationUrl({ issuer: idp.issuer, challenge: pkcePair().challenge }),
      REDIRECT_URI,
    );
    expect(again.location).toBeUndefined();
    expect(again.url).toContain('/login-actions/authenticate/');
    expect(await again.response.text()).toContain('<form');

    const refresh = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      client_id: 'portal',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.status).toBe(400);
    const userinfo = await fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(401);
  });

  it('asks for confirmation, in Vietnamese, when the logout request has no id_token_hint', async () => {
    const { browser } = await loginAs(idp.issuer, 'cb-approver');
    const response = await browser.request(`${idp.issuer}/protocol/openid-connect/logout?client_id=portal`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Bạn có muốn đăng xuất không?');
  });

  it('refuses a post_logout_redirect_uri that is not registered', async () => {
    const { tokens, browser } = await loginAs(idp.issuer, 'cb-unit-coordinator');
    const logoutUrl = new URL(`${idp.issuer}/protocol/openid-connect/logout`);
    logoutUrl.search = new URLSearchParams({
      post_logout_redirect_uri: 'http://evil.example/',
      id_token_hint: tokens.id_token,
    }).toString();
    const response = await browser.request(logoutUrl);
    expect(response.status).toBe(400);
  });
});

describe("keycloak-js's iframe pages", () => {
  it('serves the third-party cookie check and the session-status iframe', async () => {
    const pages = {
      '3p-cookies/step1.html': 'step2.html',
      '3p-cookies/step2.html': 'postMessage("supported"',
      'login-status-iframe.html': 'postMessage',
    };
    for (const [page, content] of Object.entries(pages)) {
      const response = await fetch(`${idp.issuer}/protocol/openid-connect/${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'sha256-/);
      expect(await response.text()).toContain(content);
    }
  });

  it('tells the session-status iframe whether the session is unchanged', async () => {
    const { tokens, browser } = await loginAs(idp.issuer, 'hg-analyst');
    const sid = decodeJwtPayload(tokens.access_token)['sid'] as string;
    const status = async (sessionId: string, origin = 'http://localhost:3100') => {
      const url = new URL(`${idp.issuer}/protocol/openid-connect/login-status-iframe.html/status`);
      url.search = new URLSearchParams({ client_id: 'portal', session_id: sessionId, origin }).toString();
      return ((await (await browser.request(url)).json()) as { state: string }).state;
    };
    expect(await status(sid)).toBe('unchanged');
    expect(await status('another-session')).toBe('changed');
    expect(await status(sid, 'http://evil.example')).toBe('error');
    const init = await fetch(
      `${idp.issuer}/protocol/openid-connect/login-status-iframe.html/init?client_id=portal&origin=${encodeURIComponent('http://127.0.0.1:3100')}`,
    );
    expect(init.status).toBe(204);
  });
});
