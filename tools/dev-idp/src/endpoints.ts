import { createHash, createPublicKey, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify, type JWTPayload } from 'jose';
import type Provider from 'oidc-provider';
import { allowedOrigins, mapClaims } from './claims.ts';
import { chooseLocale, isLocale, messagesFor, type Locale } from './i18n.ts';
import type { KeyMaterial } from './keys.ts';
import {
  LOGIN_STATUS_IFRAME,
  loginPage,
  messagePage,
  PAGE_HEADERS,
  THIRD_PARTY_COOKIES_STEP1,
  THIRD_PARTY_COOKIES_STEP2,
} from './pages.ts';
import { PATHS } from './provider.ts';
import type { ClientModel, RealmModel, UserModel } from './realm.ts';
import { unwrapRefreshToken } from './refresh-token.ts';
import type { StateStore } from './store.ts';

export interface EndpointContext {
  realm: RealmModel;
  issuer: string;
  realmPath: string;
  publicUrl: string;
  provider: Provider;
  keys: KeyMaterial;
  clientSecrets: Record<string, string>;
  store: StateStore;
  log: (line: string) => void;
}

const BODY_LIMIT = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return new URLSearchParams();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'only application/x-www-form-urlencoded bodies are accepted');
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function sendHtml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = PAGE_HEADERS,
): void {
  res.writeHead(status, headers);
  res.end(body);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name)
      return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

function sameSecret(expected: string, actual: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(actual).digest();
  return timingSafeEqual(a, b);
}

function allOrigins(realm: RealmModel): Set<string> {
  return new Set([...realm.clients.values()].flatMap((client) => allowedOrigins(client)));
}

/** CORS for the endpoints served here: origins that are web origins of some client of the realm. */
function cors(ctx: EndpointContext, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin) {
    const origins = allOrigins(ctx.realm);
    if (origins.has(origin) || origins.has('*')) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
    }
    res.setHeader('vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type',
      'access-control-max-age': '3600',
    });
    res.end();
    return true;
  }
  return false;
}

/** Verifies an access token issued here, as a resource server or Keycloak's userinfo endpoint would. */
export async function verifyAccessToken(
  ctx: EndpointContext,
  token: string,
): Promise<{ payload: JWTPayload; client: ClientModel; user: UserModel } | undefined> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createPublicKey({ key: ctx.keys.signingKey, format: 'jwk' }), {
      issuer: ctx.issuer,
      algorithms: ['RS256'],
    }));
  } catch {
    return undefined;
  }
  if (payload['typ'] !== 'Bearer' || (payload.jti && ctx.store.isAccessTokenRevoked(payload.jti)))
    return undefined;
  const client = ctx.realm.clients.get(String(payload['azp']));
  if (!client?.enabled) return undefined;
  const user =
    (payload.sub ? ctx.realm.usersById.get(payload.sub) : undefined) ??
    (payload['sid'] === undefined ? ctx.realm.serviceAccounts.get(client.clientId) : undefined);
  if (!user?.enabled) return undefined;
  // Like Keycloak, a token whose session has ended (logout, expiry) no longer opens userinfo or introspection.
  if (typeof payload['sid'] === 'string' && !ctx.store.hasSessionForSid(payload['sid'])) return undefined;
  return { payload, client, user };
}

async function userinfo(ctx: EndpointContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (cors(ctx, req, res)) return;
  if (req.method !== 'GET' && req.method !== 'POST') throw new HttpError(405, 'method not allowed');
  const header = req.headers.authorization ?? '';
  const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
  const token = /^bearer /i.test(header) ? header.slice(7).trim() : (form.get('access_token') ?? '');
  const verified = token ? await verifyAccessToken(ctx, token) : undefined;
  if (!verified) {
    const challenge = token
      ? 'Bearer error="invalid_token", error_description="Token verification failed"'
      : 'Bearer';
    sendJson(
      res,
      401,
      { error: 'invalid_token', error_description: 'Token verification failed' },
      {
        'www-authenticate': challenge,
      },
    );
    return;
  }
  const { payload, client, user } = verified;
  const { claims } = mapClaims({
    realm: ctx.realm,
    client,
    user,
    use: 'userinfo',
    requestedScope: typeof payload['scope'] === 'string' ? payload['scope'] : undefined,
    authTime: typeof payload['auth_time'] === 'number' ? payload['auth_time'] : undefined,
    clientAddress: req.socket.remoteAddress,
  });
  sendJson(res, 200, { sub: user.id, ...claims });
}

/**
 * Client authentication for introspection and revocation: a confidential client with its secret (HTTP Basic or
 * form parameters); a public client only by its `client_id`, and only where `allowPublic` is set.
 */
function authenticateClient(
  ctx: EndpointContext,
  req: IncomingMessage,
  form: URLSearchParams,
  allowPublic = false,
): ClientModel {
  let clientId = form.get('client_id') ?? undefined;
  let secret = form.get('client_secret') ?? undefined;
  const header = req.headers.authorization;
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      const decode = (value: string) => decodeURIComponent(value.replaceAll('+', '%20'));
      clientId = decode(decoded.slice(0, colon));
      secret = decode(decoded.slice(colon + 1));
    }
  }
  const client = clientId ? ctx.realm.clients.get(clientId) : undefined;
  if (client?.enabled && client.publicClient && allowPublic && secret === undefined) return client;
  const expected = client ? ctx.clientSecrets[client.clientId] : undefined;
  if (!client?.enabled || client.publicClient || !expected || !secret || !sameSecret(expected, secret)) {
    throw new HttpError(401, 'invalid_client');
  }
  return client;
}

async function introspect(ctx: EndpointContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
  const form = await readForm(req);
  try {
    authenticateClient(ctx, req, form);
  } catch {
    sendJson(res, 401, { error: 'invalid_client', error_description: 'Authentication failed.' });
    return;
  }
  const token = form.get('token') ?? '';
  const access = token ? await verifyAccessToken(ctx, token) : undefined;
  if (access) {
    const { payload } = access;
    sendJson(res, 200, {
      ...payload,
      client_id: payload['azp'],
      username: payload['preferred_username'] ?? access.user.username,
      token_type: 'Bearer',
      active: true,
    });
    return;
  }
  const opaque = token ? await unwrapRefreshToken(ctx.keys.refreshTokenKey, ctx.issuer, token) : undefined;
  const stored = opaque ? ctx.store.get('RefreshToken', opaque) : undefined;
  if (stored && !stored.consumed && (stored.exp ?? 0) > Date.now() / 1000) {
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    sendJson(res, 200, { ...payload, client_id: stored.clientId, token_type: payload['typ'], active: true });
    return;
  }
  sendJson(res, 200, { active: false });
}

/**
 * Token revocation (RFC 7009) for the tokens issued here: a refresh token ends its client's grant with all its
 * tokens, as revoking a refresh token does in Keycloak; an access token is refused by userinfo and introspection
 * from then on. Unknown tokens are answered with 200, as the RFC asks.
 */
async function revoke(ctx: EndpointContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (cors(ctx, req, res)) return;
  if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
  const form = await readForm(req);
  let client: ClientModel;
  try {
    client = authenticateClient(ctx, req, form, true);
  } catch {
    sendJson(res, 401, { error: 'invalid_client', error_description: 'Authentication failed.' });
    return;
  }
  const token = form.get('token') ?? '';
  if (!token) {
    sendJson(res, 400, { error: 'invalid_request', error_description: 'Token not provided' });
    return;
  }
  const opaque = await unwrapRefreshToken(ctx.keys.refreshTokenKey, ctx.issuer, token);
  const stored = opaque ? ctx.store.get('RefreshToken', opaque) : undefined;
  if (stored?.grantId && stored.clientId === client.clientId) {
    const { provider } = ctx;
    await Promise.all([
      provider.AccessToken.revokeByGrantId(stored.grantId),
      provider.RefreshToken.revokeByGrantId(stored.grantId),
      provider.AuthorizationCode.revokeByGrantId(stored.grantId),
      ctx.store.adapterFor('Grant').destroy(stored.grantId),
    ]);
  } else if (!opaque) {
    const access = await verifyAccessToken(ctx, token);
    if (access && access.payload['azp'] === client.clientId && access.payload.jti && access.payload.exp) {
      ctx.store.revokeAccessToken(access.payload.jti, access.payload.exp);
    }
  }
  res.writeHead(200, { 'cache-control': 'no-store' });
  res.end();
}

function localeHref(url: URL, locale: Locale): string {
  const target = new URL(url.pathname, url);
  target.searchParams.set('kc_locale', locale);
  return `${target.pathname}${target.search}`;
}

async function loginActions(
  ctx: EndpointContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  uid: string,
): Promise<void> {
  const { provider, realm } = ctx;
  const expired = (locale: Locale) => {
    const t = messagesFor(locale);
    sendHtml(res, 400, messagePage(locale, t.expiredTitle, t.expired));
  };
  const form = req.method === 'POST' ? await readForm(req) : undefined;
  let details: Awaited<ReturnType<Provider['interactionDetails']>>;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    expired(chooseLocale(url.searchParams.get('kc_locale') ?? undefined, cookie(req, 'KEYCLOAK_LOCALE')));
    return;
  }
  if (details.uid !== uid) {
    expired(chooseLocale(url.searchParams.get('kc_locale') ?? undefined, cookie(req, 'KEYCLOAK_LOCALE')));
    return;
  }
  const params = details.params as Record<string, string | undefined>;
  const chosen = form?.get('kc_locale') ?? url.searchParams.get('kc_locale') ?? params['kc_locale'];
  const locale = chooseLocale(
    isLocale(chosen) ? chosen : undefined,
    cookie(req, 'KEYCLOAK_LOCALE'),
    params['ui_locales'],
  );
  if (isLocale(chosen)) {
    res.setHeader('set-cookie', `KEYCLOAK_LOCALE=${chosen}; Path=${ctx.realmPath}; HttpOnly; SameSite=Lax`);
  }
  const t = messagesFor(locale);
  const client = params['client_id'] ? realm.clients.get(params['client_id']) : undefined;
  const render = (status: number, username?: string, error?: string) =>
    sendHtml(
      res,
      status,
      loginPage({
        locale,
        realmName: realm.displayName,
        clientName: client?.name ?? client?.clientId,
        action: url.pathname,
        username,
        error,
        hrefFor: (other) => localeHref(url, other),
      }),
    );

  if (details.prompt.name !== 'login') {
    // Only the login prompt is left in the policy; anything else is finished without asking.
    await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
    return;
  }
  if (!form) {
    render(200, params['login_hint']);
    return;
  }
  const username = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!username || !password) {
    render(200, username, t.missingCredentials);
    return;
  }
  const user = realm.usersByLogin.get(username.toLowerCase());
  if (!user || user.password === undefined || !sameSecret(user.password, password)) {
    render(200, username, t.invalidCredentials);
    return;
  }
  if (!user.enabled) {
    render(200, username, t.accountDisabled);
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    // Without "remember me" Keycloak's session cookie lasts as long as the browser; the server ends it when idle.
    { login: { accountId: user.id, acr: '1', amr: ['pwd'], remember: false } },
    { mergeWithLastSubmission: false },
  );
}

async function loginStatus(
  ctx: EndpointContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  action: string,
) {
  const client = ctx.realm.clients.get(url.searchParams.get('client_id') ?? '');
  const origin = url.searchParams.get('origin') ?? '';
  const origins = client ? allowedOrigins(client) : [];
  const originAllowed = origins.includes('*') || origins.includes(origin);
  if (action === 'init') {
    res.writeHead(client && originAllowed ? 204 : 403, { 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (!client || !originAllowed) {
    sendJson(res, 200, { state: 'error' });
    return;
  }
  const session = await ctx.provider.Session.get(ctx.provider.createContext(req, res) as never);
  const sessionId = url.searchParams.get('session_id') ?? '';
  const current = session.accountId ? session.authorizations?.[client.clientId]?.sid : undefined;
  sendJson(res, 200, { state: (current ?? '') === sessionId ? 'unchanged' : 'changed' });
}

function realmInfo(ctx: EndpointContext, res: ServerResponse): void {
  const publicKey = createPublicKey({ key: ctx.keys.signingKey, format: 'jwk' })
    .export({ type: 'spki', format: 'der' })
    .toString('base64');
  sendJson(res, 200, {
    realm: ctx.realm.name,
    public_key: publicKey,
    'token-service': `${ctx.issuer}/protocol/openid-connect`,
    'account-service': `${ctx.issuer}/account`,
    'tokens-not-before': 0,
  });
}

/**
 * Serves what oidc-provider does not: the login page, userinfo and introspection for its JWT access tokens,
 * keycloak-js's iframe pages and the realm description. Returns false when the path is the provider's.
 */
export async function handleOwnEndpoint(
  ctx: EndpointContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
): Promise<boolean> {
  try {
    if (path === '' || path === '/') {
      realmInfo(ctx, res);
      return true;
    }
    if (path.startsWith(`${PATHS.loginActions}/`)) {
      const uid = path.slice(PATHS.loginActions.length + 1);
      if (req.method !== 'GET' && req.method !== 'POST') throw new HttpError(405, 'method not allowed');
      await loginActions(ctx, req, res, url, uid);
      return true;
    }
    switch (path) {
      case PATHS.userinfo:
        await userinfo(ctx, req, res);
        return true;
      case PATHS.introspection:
        await introspect(ctx, req, res);
        return true;
      case PATHS.revocation:
        await revoke(ctx, req, res);
        return true;
      case `${PATHS.thirdPartyCookies}/step1.html`:
        sendHtml(res, 200, THIRD_PARTY_COOKIES_STEP1.body, THIRD_PARTY_COOKIES_STEP1.headers);
        return true;
      case `${PATHS.thirdPartyCookies}/step2.html`:
        sendHtml(res, 200, THIRD_PARTY_COOKIES_STEP2.body, THIRD_PARTY_COOKIES_STEP2.headers);
        return true;
      case PATHS.loginStatusIframe:
        sendHtml(res, 200, LOGIN_STATUS_IFRAME.body, LOGIN_STATUS_IFRAME.headers);
        return true;
      case `${PATHS.loginStatusIframe}/init`:
        await loginStatus(ctx, req, res, url, 'init');
        return true;
      case `${PATHS.loginStatusIframe}/status`:
        await loginStatus(ctx, req, res, url, 'status');
        return true;
      default:
        return false;
    }
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
    } else if (error instanceof HttpError) {
      sendJson(res, error.status, { error: error.message });
    } else {
      ctx.log(`dev-idp: ${req.method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 500, { error: 'server_error' });
    }
    return true;
  }
}
