import { baseConfigSchema, createService, loadConfig } from '@cchc/service-kit';
import type { FastifyInstance } from 'fastify';
import { SignJWT, base64url } from 'jose';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticated } from './authenticated.ts';
import { callerOf, provinceOf, requireRole, requireSameProvince } from './guards.ts';
import { startTestIssuer, type TestIssuer } from './testing/test-issuer.ts';

const config = loadConfig(baseConfigSchema, {
  PORT: '0',
  LOG_LEVEL: 'silent',
  DATABASE_URL: 'postgres://unused',
  KAFKA_BROKERS: '127.0.0.1:9',
});
const now = () => Math.floor(Date.now() / 1000);
const unsignedToken = (payload: object) =>
  `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url.encode(JSON.stringify(payload))}.`;

describe('authenticated routes', () => {
  let issuer: TestIssuer;
  let app: FastifyInstance;
  let handled: string[];

  const call = (
    token: string | undefined,
    url = '/units',
    method: 'GET' | 'POST' = 'GET',
    payload?: object,
  ) =>
    app.inject({
      method,
      url,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    issuer = await startTestIssuer();
    handled = [];
    app = await createService({
      name: 'auth-test',
      version: '0',
      description: 'routes behind the token check',
      config,
      logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
      routes: authenticated(
        async (routes) => {
          routes.get('/units', async (request) => {
            handled.push('units');
            return callerOf(request);
          });
          routes.post(
            '/provinces/:code/units',
            {
              schema: {
                body: {
                  type: 'object',
                  required: ['name'],
                  properties: { name: { type: 'string' } },
                  additionalProperties: false,
                },
              },
              onRequest: [
                requireRole('province-admin', 'platform-admin'),
                requireSameProvince((request) => (request.params as { code: string }).code),
              ],
            },
            async (request) => {
              handled.push('create');
              return { province: provinceOf(request, (request.params as { code: string }).code) };
            },
          );
        },
        { issuer: issuer.issuer, clientId: 'submissions' },
      ),
    });
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
  });

  it('sets who calls from a valid token', async () => {
    const response = await call(
      await issuer.token({ username: 'cb.admin', roles: ['province-admin'], province: 'CB', unit: 'CB-SNV' }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      username: 'cb.admin',
      roles: ['province-admin'],
      province: 'CB',
      unit: 'CB-SNV',
      clientId: 'portal',
    });
  });

  const refused: [string, () => Promise<string | undefined>, RegExp][] = [
    ['a missing token', async () => undefined, /needs a bearer token/],
    ['a token that is not a JWT', async () => 'not-a-jwt', /not a JWT/],
    ['an expired token', () => issuer.token({ username: 'a', extra: { exp: now() - 60 } }), /expired/],
    ['a token without expiry', () => issuer.token({ username: 'a', extra: { exp: undefined } }), /no expiry/],
    [
      'a token not valid yet',
      () => issuer.token({ username: 'a', extra: { nbf: now() + 600 } }),
      /not valid yet/,
    ],
    ['a token signed with another key', () => issuer.tokenWithForeignKey({ username: 'a' }), /signature/],
    [
      'a token of another issuer',
      () => issuer.token({ username: 'a', extra: { iss: 'http://evil/realms/cchc' } }),
      /wrong ISS/,
    ],
    ['a refresh token', () => issuer.token({ username: 'a', extra: { typ: 'Refresh' } }), /wrong type/],
    [
      'an unsigned token (alg none)',
      async () => unsignedToken(issuer.claimsOf({ username: 'a', roles: ['platform-admin'] })),
      /signed with none/,
    ],
    [
      'an HS256 token',
      () =>
        new SignJWT(issuer.claimsOf({ username: 'a', roles: ['platform-admin'] }))
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode('a shared secret anybody could guess')),
      /signed with HS256/,
    ],
  ];

  it.each(refused)(
    'answers 401 with a problem for %s, and the handler never runs',
    async (_what, token, reason) => {
      handled = [];
      const response = await call(await token());
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.json().detail).toMatch(reason);
      expect(handled).toEqual([]);
    },
  );

  it('answers 401 before reading the body, so an anonymous caller learns nothing of the input', async () => {
    const response = await call(undefined, '/provinces/CB/units', 'POST', { unexpected: true });
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 to a valid token without the role, and the handler never runs', async () => {
    handled = [];
    const token = await issuer.token({ username: 'cb.author', roles: ['author'], province: 'CB' });
    const response = await call(token, '/provinces/CB/units', 'POST', { name: 'Sở Nội vụ' });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/province-admin, platform-admin/);
    expect(handled).toEqual([]);
  });

  it('answers 403 to a province admin acting on another province', async () => {
    handled = [];
    const token = await issuer.token({ username: 'cb.admin', roles: ['province-admin'], province: 'CB' });
    const response = await call(token, '/provinces/HG/units', 'POST', { name: 'Sở Nội vụ' });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe('Province HG is not yours');
    expect(handled).toEqual([]);
    expect((await call(token, '/provinces/CB/units', 'POST', { name: 'Sở Nội vụ' })).json()).toEqual({
      province: 'CB',
    });
  });

  it('lets a platform admin act on a province it names', async () => {
    const token = await issuer.token({ username: 'platform', roles: ['platform-admin'] });
    const response = await call(token, '/provinces/HG/units', 'POST', { name: 'Sở Nội vụ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ province: 'HG' });
  });

  it('marks its routes as needing a bearer token in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.paths['/units'].get.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/health/ready'].get.security).toBeUndefined();
  });

  it('fetches the realm keys once and reuses them', async () => {
    const before = issuer.keyFetches();
    for (let i = 0; i < 3; i++)
      expect((await call(await issuer.token({ username: 'x' }))).statusCode).toBe(200);
    expect(issuer.keyFetches()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});
