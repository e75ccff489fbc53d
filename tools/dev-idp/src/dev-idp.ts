import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ADMIN_REALMS_PATH, handleAdminApi } from './admin-api.ts';
import { unsupportedMappers } from './claims.ts';
import { resolveClientSecrets } from './client-secrets.ts';
import { handleOwnEndpoint, type EndpointContext } from './endpoints.ts';
import { DevIdpConfigError, publicOrigin } from './config.ts';
import { loadOrCreateKeys } from './keys.ts';
import { createProvider } from './provider.ts';
import { DEFAULT_REALM_FILE, DEFAULT_USERS_FILE } from './files.ts';
import { loadRealm, resolveRelativeClientUris } from './realm.ts';
import { unwrapRefreshToken } from './refresh-token.ts';
import { StateStore } from './store.ts';

export interface DevIdpOptions {
  /** Interface to listen on (127.0.0.1). */
  host?: string;
  /** TCP port (3105); 0 picks a free one. */
  port?: number;
  /**
   * Origin that browsers and services use, e.g. `http://localhost:3100` when the stack forwards `/realms/…` to
   * this server; the issuer is `${publicUrl}/realms/<realm>`. Defaults to `http://host:port`.
   */
  publicUrl?: string;
  /** Where keys, generated client secrets and sessions are kept (`.data/dev-idp`, relative to the working directory). */
  dataDir?: string;
  /** Realm export to serve (deploy/keycloak/realm-cchc.json). */
  realmFile?: string;
  /** Partial-import file of users (deploy/keycloak/dev-users.json); `null` loads no users besides the realm's. */
  usersFile?: string | null;
  /** Environment that `${VAR}` secret placeholders of the realm file are resolved from (process.env). */
  env?: NodeJS.ProcessEnv;
  /** Receives warnings and server errors (stderr). */
  log?: (line: string) => void;
}

export interface DevIdp {
  /** Where this server listens, e.g. `http://127.0.0.1:3105`. */
  url: string;
  /** The public origin the issuer and every endpoint URL are built from. */
  publicUrl: string;
  /** `${publicUrl}/realms/<realm>`: Keycloak's realm URL, the `iss` of every token. */
  issuer: string;
  realm: string;
  host: string;
  port: number;
  /** Secret of each confidential client (the services), to hand to them with their client id. */
  clientSecrets: Record<string, string>;
  /** Stops listening and keeps the sessions for the next start. */
  stop(): Promise<void>;
}

/** The port is taken; the message is one line naming it. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(host: string, port: number) {
    super(`port ${port} on ${host} is already in use`);
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts an OpenID Connect provider that serves a Keycloak realm file in Keycloak's URL layout and token shapes,
 * for development and tests. Resolves once it is listening.
 */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? 3105;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new DevIdpConfigError(`port must be an integer from 0 to 65535, got ${requestedPort}`);
  }
  const configuredOrigin = options.publicUrl === undefined ? undefined : publicOrigin(options.publicUrl);
  const dataDir = path.resolve(options.dataDir ?? '.data/dev-idp');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const usersFile = options.usersFile === undefined ? DEFAULT_USERS_FILE : (options.usersFile ?? undefined);

  const realm = await loadRealm(options.realmFile ?? DEFAULT_REALM_FILE, usersFile);
  const unsupported = unsupportedMappers(realm);
  if (unsupported.length > 0) log(`dev-idp: protocol mappers not applied here: ${unsupported.join(', ')}`);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const keys = await loadOrCreateKeys(dataDir);
  const clientSecrets = await resolveClientSecrets(realm, dataDir, options.env ?? process.env);

  // Requests are answered once the provider is built, which needs the port when 0 was asked for.
  const routing: { handler?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server = createServer((req, res) => {
    if (routing.handler) routing.handler(req, res);
    else {
      res.writeHead(503, { 'retry-after': '1' });
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, requestedPort) : error),
    );
    server.listen(requestedPort, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  const origin = configuredOrigin ?? url;
  resolveRelativeClientUris(realm, origin);
  const realmPath = `/realms/${encodeURIComponent(realm.name)}`;
  const issuer = `${origin}${realmPath}`;
  const stateFile = path.join(dataDir, 'sessions.json');

  const store = new StateStore((value) => unwrapRefreshToken(keys.refreshTokenKey, issuer, value));
  await store.load(stateFile);
  const provider = createProvider({ realm, issuer, realmPath, keys, clientSecrets, store, log });
  const callback = provider.callback();
  const context: EndpointContext = {
    realm,
    issuer,
    realmPath,
    publicUrl: origin,
    provider,
    keys,
    clientSecrets,
    store,
    log,
  };
  const forwardedProto = new URL(origin).protocol.slice(0, -1);
  const forwardedHost = new URL(origin).host;

  routing.handler = (req, res) => {
    // URLs and cookie flags follow the public origin whatever a proxy in front sends as Host.
    req.headers['x-forwarded-proto'] = forwardedProto;
    req.headers['x-forwarded-host'] = forwardedHost;
    const requestUrl = new URL(req.url ?? '/', origin);
    const pathname = requestUrl.pathname;
    if (pathname === '/health/ready' || pathname === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end('{"status":"UP"}');
      return;
    }
    if (pathname.startsWith(`${ADMIN_REALMS_PATH}/`)) {
      void handleAdminApi(context, req, res, requestUrl);
      return;
    }
    if (pathname !== realmPath && !pathname.startsWith(`${realmPath}/`)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Realm does not exist' }));
      return;
    }
    const inner = pathname.slice(realmPath.length);
    handleOwnEndpoint(context, req, res, requestUrl, inner).then(
      (handled) => {
        if (handled) return;
        const original = req.url ?? '/';
        (req as IncomingMessage & { originalUrl?: string }).originalUrl = original;
        req.url = `${inner}${requestUrl.search}`;
        void callback(req, res);
      },
      (error: unknown) => {
        log(`dev-idp: ${req.method} ${pathname}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  };

  let stopped: Promise<void> | undefined;
  return {
    url,
    publicUrl: origin,
    issuer,
    realm: realm.name,
    host,
    port,
    clientSecrets,
    stop() {
      stopped ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await store.save(stateFile);
      })();
      return stopped;
    },
  };
}
