import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClientSecrets, PortInUseError, startDevIdp, type DevIdp } from './index.ts';
import { basicAuth, loginAs, tokenRequest } from './testing/flow.ts';

let dataDir: string;
let proxy: Server;
let publicUrl: string;
/** Where the proxy forwards to; replaced when the provider restarts. */
let upstream: DevIdp | undefined;

/** A reverse proxy on the public origin that forwards `/realms/…` unchanged, as the stack's does. */
function startProxy(): Promise<Server> {
  const server = createServer((req, res) => {
    if (!upstream) {
      res.writeHead(502);
      res.end();
      return;
    }
    const forwarded = request(
      {
        host: '127.0.0.1',
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${upstream.port}` },
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    req.pipe(forwarded);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dev-idp-restart-'));
  proxy = await startProxy();
  publicUrl = `http://localhost:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await upstream?.stop();
  await new Promise((resolve) => proxy.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

async function certs(): Promise<ReturnType<typeof createLocalJWKSet>> {
  const response = await fetch(`${publicUrl}/realms/cchc/protocol/openid-connect/certs`);
  return createLocalJWKSet((await response.json()) as JSONWebKeySet);
}

describe('behind a proxy and across a restart', () => {
  it('serves the issuer on the public origin, keeps keys, secrets and sessions, and refuses a taken port', async () => {
    upstream = await startDevIdp({ port: 0, publicUrl, dataDir, env: {}, log: () => {} });
    const issuer = `${publicUrl}/realms/cchc`;
    expect(upstream.issuer).toBe(issuer);

    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(discovery['token_endpoint']).toBe(`${issuer}/protocol/openid-connect/token`);

    // The whole browser login through the proxy: every redirect stays on the public origin.
    const { tokens } = await loginAs(issuer, 'cb-judge');
    const service = await tokenRequest(
      issuer,
      { grant_type: 'client_credentials' },
      basicAuth('rewards', upstream.clientSecrets['rewards']!),
    );
    const serviceToken = ((await service.json()) as { access_token: string }).access_token;
    const before = await certs();
    await jwtVerify(tokens.access_token, before, { issuer });
    const secrets = upstream.clientSecrets;
    const firstPort = upstream.port;

    await upstream.stop();
    upstream = undefined;
    for (const file of ['jwks.json', 'keys.json', 'client-secrets.json', 'sessions.json']) {
      expect((await stat(path.join(dataDir, file))).mode & 0o777, file).toBe(0o600);
    }
    const jwks = JSON.parse(await readFile(path.join(dataDir, 'jwks.json'), 'utf8')) as {
      keys: { kty: string }[];
    };
    expect(jwks.keys[0]?.kty).toBe('RSA');

    upstream = await startDevIdp({ port: 0, publicUrl, dataDir, env: {}, log: () => {} });
    expect(upstream.port).not.toBe(firstPort);
    expect(upstream.clientSecrets).toEqual(secrets);
    expect(await loadClientSecrets({ dataDir, env: {} })).toEqual(secrets);

    const after = await certs();
    await expect(jwtVerify(tokens.access_token, after, { issuer })).resolves.toBeDefined();
    await expect(jwtVerify(serviceToken, after, { issuer })).resolves.toBeDefined();

    const refreshed = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      client_id: 'portal',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);

    await expect(startDevIdp({ port: upstream.port, dataDir, env: {}, log: () => {} })).rejects.toThrow(
      PortInUseError,
    );
  });

  it('takes service secrets from the environment variables named in the realm file', async () => {
    const env = { CCHC_JUDGING_CLIENT_SECRET: 'from-the-environment' };
    const secrets = await loadClientSecrets({ dataDir, env });
    expect(secrets['judging']).toBe('from-the-environment');
    expect(secrets['submissions']).toBe(upstream!.clientSecrets['submissions']);
  });
});
