import { randomUUID } from 'node:crypto';
import Provider, { errors, interactionPolicy } from 'oidc-provider';
import type {
  AccessToken,
  ClientCredentials,
  ClientMetadata,
  Configuration,
  KoaContextWithOIDC,
  RefreshToken,
  AuthorizationCode,
} from 'oidc-provider';
import { allowedOrigins, mapClaims, mappedClaimNames, tokenScope } from './claims.ts';
import { chooseLocale, messagesFor } from './i18n.ts';
import type { KeyMaterial } from './keys.ts';
import { logoutConfirmPage, messagePage, PAGE_HEADERS } from './pages.ts';
import type { ClientModel, RealmModel } from './realm.ts';
import { wrapRefreshToken } from './refresh-token.ts';
import type { StateStore } from './store.ts';

/** The one resource indicator every access token is issued for, so all of them are JWTs. */
export const REALM_RESOURCE = 'urn:cchc:dev-idp:realm-apis';

/** Keycloak's endpoint paths, relative to the realm URL. */
export const PATHS = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  jwks: '/protocol/openid-connect/certs',
  end_session: '/protocol/openid-connect/logout',
  revocation: '/protocol/openid-connect/revoke',
  userinfo: '/protocol/openid-connect/userinfo',
  introspection: '/protocol/openid-connect/token/introspect',
  loginStatusIframe: '/protocol/openid-connect/login-status-iframe.html',
  thirdPartyCookies: '/protocol/openid-connect/3p-cookies',
  loginActions: '/login-actions/authenticate',
} as const;

export interface ProviderSetup {
  realm: RealmModel;
  issuer: string;
  /** Path of the realm under the public origin, e.g. `/realms/cchc`. */
  realmPath: string;
  keys: KeyMaterial;
  clientSecrets: Record<string, string>;
  store: StateStore;
  log: (line: string) => void;
}

/** Keycloak matches redirect URIs exactly, or by prefix when the registered one ends with `*`. */
export function keycloakUriAllowed(value: string, registered: readonly string[]): boolean {
  return registered.some((pattern) =>
    pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : pattern === value,
  );
}

function clientMetadata(client: ClientModel, secret: string | undefined): ClientMetadata | undefined {
  if (!client.enabled || client.bearerOnly) return undefined;
  const grantTypes: string[] = [];
  if (client.standardFlow) grantTypes.push('authorization_code');
  if (client.standardFlow && client.useRefreshTokens) grantTypes.push('refresh_token');
  if (client.serviceAccounts && !client.publicClient) grantTypes.push('client_credentials');
  if (grantTypes.length === 0) return undefined;
  return {
    client_id: client.clientId,
    ...(client.name ? { client_name: client.name } : {}),
    ...(client.publicClient
      ? { token_endpoint_auth_method: 'none' as const }
      : { token_endpoint_auth_method: 'client_secret_basic' as const, client_secret: secret }),
    grant_types: grantTypes,
    response_types: client.standardFlow ? ['code'] : [],
    redirect_uris: client.standardFlow ? client.redirectUris : [],
    post_logout_redirect_uris: client.standardFlow ? client.postLogoutRedirectUris : [],
  };
}

const RESERVED_CLAIMS = new Set(['acr', 'auth_time', 'sid', 'iss']);

const COOKIE_NAMES = {
  session: 'dev_idp_session',
  interaction: 'dev_idp_interaction',
  resume: 'dev_idp_resume',
};

/** Builds the oidc-provider instance that behaves like the Keycloak realm. */
export function createProvider(setup: ProviderSetup): Provider {
  const { realm, issuer, realmPath, keys, clientSecrets, store, log } = setup;
  // Scope values clients may request. oidc-provider reads scope names and claim names from one table, so the
  // Keycloak scope `acr` (always a default scope, never requested by name) is left out to keep the `acr` claim.
  const scopes = ['openid', ...[...realm.scopes.keys()].filter((name) => !RESERVED_CLAIMS.has(name))];
  const cookiesLong = { httpOnly: true, sameSite: 'lax' as const, path: realmPath };
  const cookiesShort = { httpOnly: true, sameSite: 'lax' as const, path: realmPath };
  const realmClient = (clientId: string): ClientModel => {
    const client = realm.clients.get(clientId);
    if (!client) throw new errors.InvalidClient('client not found in the realm');
    return client;
  };

  /** Seconds an SSO session that started at `since` (epoch seconds) may still live without being used. */
  function ssoRemaining(since: number | undefined): number {
    const age = since === undefined ? 0 : Math.floor(Date.now() / 1000) - since;
    return Math.max(1, Math.min(realm.ssoSessionIdleTimeout, realm.ssoSessionMaxLifespan - age));
  }

  const policy = interactionPolicy.base();
  // Keycloak does not ask first-party users for consent; every grant is made in loadExistingGrant.
  policy.remove('consent');

  async function revokeGrant(provider: Provider, grantId: string): Promise<void> {
    const grantAdapter = (provider.Grant as unknown as { adapter: { destroy(id: string): Promise<void> } })
      .adapter;
    await Promise.all([
      provider.AccessToken.revokeByGrantId(grantId),
      provider.RefreshToken.revokeByGrantId(grantId),
      provider.AuthorizationCode.revokeByGrantId(grantId),
      grantAdapter.destroy(grantId),
    ]);
  }

  function localeOf(ctx: KoaContextWithOIDC) {
    const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
    return chooseLocale(
      ctx.query['kc_locale'] as string | undefined,
      ctx.cookies.get('KEYCLOAK_LOCALE'),
      params['ui_locales'] as string | undefined,
    );
  }

  async function customizeAccessToken(
    ctx: KoaContextWithOIDC,
    token: AccessToken | ClientCredentials,
    jwt: { header?: Record<string, unknown>; payload: Record<string, unknown> },
  ): Promise<void> {
    const client = realmClient(token.clientId!);
    const isServiceAccount = token.kind === 'ClientCredentials';
    const user = isServiceAccount
      ? realm.serviceAccounts.get(client.clientId)
      : realm.usersById.get((token as AccessToken).accountId);
    if (!user) throw new Error(`no user for the ${token.kind} of ${client.clientId}`);
    const source = (ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken) as
      AuthorizationCode | RefreshToken | undefined;
    const requestedScope = isServiceAccount
      ? ((ctx.oidc.params?.['scope'] as string | undefined) ?? '')
      : (source?.scope ?? token.scope);
    const { claims, audience } = mapClaims({
      realm,
      client,
      user,
      use: 'access',
      requestedScope,
      authTime: source?.authTime,
      clientAddress: ctx.ip,
    });
    // oidc-provider needs an audience on JWT access tokens; Keycloak would leave `aud` out when no mapper sets one.
    const aud = audience.length > 0 ? audience : [client.clientId];
    const {
      sub,
      acr,
      auth_time,
      'allowed-origins': origins,
      realm_access,
      resource_access,
      ...profile
    } = claims;
    const { payload } = jwt;
    jwt.header = { typ: 'JWT' };
    jwt.payload = {
      exp: payload['exp'],
      iat: payload['iat'],
      auth_time,
      jti: payload['jti'],
      iss: issuer,
      aud: aud.length === 1 ? aud[0] : aud,
      sub,
      typ: 'Bearer',
      azp: client.clientId,
      sid: isServiceAccount ? undefined : (token as AccessToken).sid,
      acr,
      'allowed-origins': origins,
      realm_access,
      resource_access,
      scope: tokenScope(realm, client, requestedScope),
      ...profile,
    };
  }

  const configuration: Configuration = {
    adapter: store.adapterFor,
    clients: [...realm.clients.values()].flatMap(
      (client) => clientMetadata(client, clientSecrets[client.clientId]) ?? [],
    ),
    jwks: { keys: [keys.signingKey] },
    cookies: { keys: keys.cookieKeys, names: COOKIE_NAMES, long: cookiesLong, short: cookiesShort },
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: [...new Set([...mappedClaimNames(realm), 'typ', 'azp', 'jti'])],
    },
    conformIdTokenClaims: false,
    acrValues: ['0', '1'],
    scopes,
    responseTypes: ['code'],
    allowOmittingSingleRegisteredRedirectUri: false,
    pkce: {
      required: (_ctx, client) =>
        client.clientAuthMethod === 'none' || realm.clients.get(client.clientId)?.pkceMethod === 'S256',
    },
    extraParams: ['kc_locale', 'kc_idp_hint', 'kc_action'],
    discovery: { ui_locales_supported: ['vi', 'en'], claim_types_supported: ['normal'] },
    routes: {
      authorization: PATHS.authorization,
      token: PATHS.token,
      jwks: PATHS.jwks,
      end_session: PATHS.end_session,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Served by this package instead, because oidc-provider cannot read its own JWT access tokens there.
      introspection: { enabled: false },
      userinfo: { enabled: false },
      // Served by this package too: oidc-provider refuses to revoke structured (JWT) tokens.
      revocation: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          const provider = ctx.oidc.provider;
          if (ctx.oidc.entities.IdTokenHint) {
            // Keycloak logs out at once when the logout request carries a valid id_token_hint.
            const session = ctx.oidc.session!;
            const state = (session.state ?? {}) as { postLogoutRedirectUri?: string; state?: string };
            for (const authorization of Object.values(session.authorizations ?? {})) {
              if (authorization.grantId) await revokeGrant(provider, authorization.grantId);
            }
            await session.destroy();
            ctx.cookies.set(provider.cookieName('session'), null, cookiesLong);
            let target = ctx.oidc.urlFor('end_session_success');
            if (state.postLogoutRedirectUri) {
              const url = new URL(state.postLogoutRedirectUri);
              if (state.state !== undefined) url.searchParams.set('state', state.state);
              target = url.href;
            }
            ctx.status = 303;
            ctx.redirect(target);
            return;
          }
          ctx.set(PAGE_HEADERS);
          ctx.body = logoutConfirmPage(localeOf(ctx), form);
        },
        async postLogoutSuccessSource(ctx) {
          const t = messagesFor(localeOf(ctx));
          ctx.set(PAGE_HEADERS);
          ctx.body = messagePage(localeOf(ctx), t.loggedOutTitle, t.loggedOut);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => REALM_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, indicator, client) => {
          if (indicator !== REALM_RESOURCE) throw new errors.InvalidTarget();
          const lifespan =
            realm.clients.get(client.clientId)?.accessTokenLifespan ?? realm.accessTokenLifespan;
          return {
            scope: scopes.join(' '),
            accessTokenFormat: 'jwt',
            accessTokenTTL: lifespan,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    formats: {
      customizers: {
        jwt: customizeAccessToken as NonNullable<
          NonNullable<NonNullable<Configuration['formats']>['customizers']>['jwt']
        >,
      },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${realmPath}${PATHS.loginActions}/${interaction.uid}`,
    },
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      const grant =
        existing && existing.accountId === session.accountId
          ? existing
          : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      const requested = [...ctx.oidc.requestParamScopes].filter((scope) => scopes.includes(scope));
      grant.addOIDCScope(requested.join(' ') || 'openid');
      const requestedClaims = [...ctx.oidc.requestParamClaims];
      if (requestedClaims.length > 0) grant.addOIDCClaims(requestedClaims);
      grant.addResourceScope(REALM_RESOURCE, scopes.join(' '));
      await grant.save();
      return grant;
    },
    async findAccount(ctx, id) {
      const user = realm.usersById.get(id);
      if (!user || !user.enabled) return undefined;
      return {
        accountId: id,
        async claims(use, scope) {
          const client = realmClient(ctx.oidc.client!.clientId);
          const idToken = use === 'id_token';
          const { claims } = mapClaims({
            realm,
            client,
            user,
            use: idToken ? 'id' : 'userinfo',
            requestedScope: scope,
          });
          return {
            sub: id,
            ...(idToken ? { typ: 'ID', azp: client.clientId, jti: randomUUID() } : {}),
            ...claims,
          };
        },
      };
    },
    issueRefreshToken: async (_ctx, client) =>
      client.grantTypeAllowed('refresh_token') &&
      realm.clients.get(client.clientId)?.useRefreshTokens !== false,
    rotateRefreshToken: true,
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? realm.accessTokenLifespan,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? realm.accessTokenLifespan,
      AuthorizationCode: realm.accessCodeLifespan,
      IdToken: realm.accessTokenLifespan,
      Interaction: realm.accessCodeLifespanLogin,
      // Keycloak's SSO session: it ends after `ssoSessionIdleTimeout` without use (a login, an authorization
      // request or a refresh extends it) and at the latest `ssoSessionMaxLifespan` after the login.
      Session: (_ctx, session) => ssoRemaining(session.loginTs),
      Grant: realm.ssoSessionMaxLifespan,
      RefreshToken: (_ctx, token) => ssoRemaining(token.iiat),
    },
    clientBasedCORS(_ctx, origin, client) {
      const model = realm.clients.get(client.clientId);
      if (!model) return false;
      const origins = allowedOrigins(model);
      return origins.includes('*') || origins.includes(origin);
    },
    async renderError(ctx, out, error) {
      const locale = localeOf(ctx);
      const t = messagesFor(locale);
      if (!(error instanceof errors.OIDCProviderError) || error.statusCode >= 500) {
        log(
          `dev-idp: ${ctx.method} ${ctx.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      ctx.set(PAGE_HEADERS);
      ctx.body = messagePage(
        locale,
        t.errorTitle,
        out.error_description ?? out.error,
        `<p><code>${out.error}</code></p>`,
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;

  // Keycloak accepts `*`-suffixed redirect and post-logout URIs; oidc-provider matches exactly.
  const clientPrototype = provider.Client.prototype as unknown as {
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
    includeSid(): boolean;
    redirectUris?: string[];
    postLogoutRedirectUris?: string[];
  };
  // Keycloak puts the session id (`sid`) in every token of a login; keycloak-js reads it from the access token.
  clientPrototype.includeSid = () => true;
  clientPrototype.redirectUriAllowed = function (value) {
    return keycloakUriAllowed(value, this.redirectUris ?? []);
  };
  clientPrototype.postLogoutRedirectUriAllowed = function (value) {
    return keycloakUriAllowed(value, this.postLogoutRedirectUris ?? []);
  };

  provider.use(async (koaCtx, next) => {
    await next();
    const ctx = koaCtx as KoaContextWithOIDC;
    const route = (ctx.oidc as KoaContextWithOIDC['oidc'] | undefined)?.route;
    if (route === 'discovery' && ctx.status === 200) {
      Object.assign(ctx.body as Record<string, unknown>, {
        userinfo_endpoint: `${issuer}${PATHS.userinfo}`,
        introspection_endpoint: `${issuer}${PATHS.introspection}`,
        introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        revocation_endpoint: `${issuer}${PATHS.revocation}`,
        revocation_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
        check_session_iframe: `${issuer}${PATHS.loginStatusIframe}`,
        frontchannel_logout_supported: false,
        backchannel_logout_supported: false,
      });
    }
    if (route === 'token' && ctx.status === 200) await keycloakTokenResponse(ctx);
    if (
      route === 'end_session' &&
      ctx.status === 200 &&
      ctx.oidc.entities.IdTokenHint &&
      !ctx.oidc.session?.accountId
    ) {
      // No session to end: go straight back, as Keycloak does, instead of a page that posts itself.
      const target = ctx.oidc.params?.['post_logout_redirect_uri'] as string | undefined;
      ctx.status = 303;
      ctx.redirect(target ?? ctx.oidc.urlFor('end_session_success'));
    }
  });

  /** Adds Keycloak's token-response fields and wraps the refresh token in a JWT. */
  async function keycloakTokenResponse(ctx: KoaContextWithOIDC): Promise<void> {
    const body = ctx.body as Record<string, unknown>;
    const accessPayload = JSON.parse(
      Buffer.from(String(body['access_token']).split('.')[1] ?? '', 'base64url').toString('utf8') || '{}',
    ) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    body['refresh_expires_in'] = 0;
    const opaque = body['refresh_token'];
    if (typeof opaque === 'string') {
      const stored = store.get('RefreshToken', opaque);
      if (!stored?.exp || !stored.clientId || !stored.accountId) throw new Error('refresh token not stored');
      body['refresh_token'] = await wrapRefreshToken(keys.refreshTokenKey, {
        exp: stored.exp,
        iat: stored.iat ?? now,
        jti: opaque,
        iss: issuer,
        aud: issuer,
        sub: stored.accountId,
        typ: stored.scope?.split(' ').includes('offline_access') ? 'Offline' : 'Refresh',
        azp: stored.clientId,
        sid: stored.sid,
        scope: accessPayload['scope'] as string | undefined,
      });
      body['refresh_expires_in'] = stored.exp - now;
    }
    const sessionUid = typeof opaque === 'string' ? store.get('RefreshToken', opaque)?.sessionUid : undefined;
    if (ctx.oidc.params?.['grant_type'] === 'refresh_token' && sessionUid) {
      // A refresh is use of the session, as in Keycloak, so it keeps the session from going idle.
      store.touchSession(sessionUid, (loginTs) => ssoRemaining(loginTs));
    }
    body['not-before-policy'] = 0;
    if (typeof accessPayload['sid'] === 'string') body['session_state'] = accessPayload['sid'];
    if (typeof accessPayload['scope'] === 'string') body['scope'] = accessPayload['scope'];
  }

  provider.on('server_error', (ctx: KoaContextWithOIDC, error: Error) => {
    log(`dev-idp: ${ctx.method} ${ctx.path}: ${error.stack ?? error.message}`);
  });

  return provider;
}
