import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, baseConfigSchema } from './config.ts';
import { createService } from './create-service.ts';
import { HttpProblem } from './problem.ts';

const routes: FastifyPluginAsync = async (app) => {
  app.post(
    '/initiatives',
    {
      schema: {
        body: Type.Object(
          { title: Type.String({ minLength: 3 }), contribution: Type.Integer({ minimum: 0, maximum: 100 }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ title: Type.String() }) },
      },
    },
    async (request, reply) => reply.code(201).send({ title: (request.body as { title: string }).title }),
  );
  app.post(
    '/units',
    {
      schema: {
        querystring: Type.Object({ page: Type.Integer() }),
        body: Type.Object({
          parentId: Type.Union([Type.String(), Type.Null()]),
          quota: Type.Union([Type.Number(), Type.Null()]),
        }),
      },
    },
    async (request) => ({ query: request.query, body: request.body }),
  );
  app.get('/bug', { schema: { response: { 200: Type.Object({}) } } }, async () => {
    throw new Error('secret internal detail');
  });
  app.get('/conflict', { schema: {} }, async () => {
    throw new HttpProblem(409, 'The contest is closed');
  });
  app.post('/busy', { schema: {} }, async () => {
    throw Object.assign(
      new Error('Transaction API error: Unable to start a transaction in the given time.'),
      {
        code: 'P2028',
      },
    );
  });
};

describe('a service on the kit', () => {
  let app: FastifyInstance;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => logLines.push(JSON.parse(line))),
    );
    const config = loadConfig(baseConfigSchema, {
      PORT: '0',
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      KAFKA_BROKERS: '127.0.0.1:9092',
      BODY_LIMIT_BYTES: '2048',
      RATE_LIMIT_MAX: '1000',
    });
    app = await createService({
      name: 'sample',
      version: '1.0.0',
      description: 'sample',
      config,
      routes,
      logStream,
    });
    app.addReadinessCheck('always-down', async () => {
      throw new Error('broker unreachable');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers an invalid body with 400 problem+json naming each field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/initiatives',
      payload: { title: 'ab', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({
      type: 'urn:cchc:problem:validation',
      status: 400,
      instance: '/initiatives',
    });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.title', message: 'must NOT have fewer than 3 characters' },
        { field: 'body.contribution', message: 'is required' },
        { field: 'body.extra', message: 'is not a known property' },
      ]),
    );
    expect(body.detail).toContain('body.contribution is required');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/initiatives',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('takes a JSON body as typed, nulls kept, while query strings are coerced from text', async () => {
    const kept = await app.inject({
      method: 'POST',
      url: '/units?page=2',
      payload: { parentId: null, quota: null },
    });
    expect(kept.json()).toEqual({ query: { page: 2 }, body: { parentId: null, quota: null } });
    const text = await app.inject({
      method: 'POST',
      url: '/units?page=1',
      payload: { parentId: 'a', quota: '3' },
    });
    expect(text.statusCode).toBe(400);
  });

  it('accepts a valid body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/initiatives',
      payload: { title: 'Một cửa', contribution: 100 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ title: 'Một cửa' });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail: 'No route GET /nowhere' });
  });

  it('answers a deliberate problem with its status', async () => {
    const response = await app.inject({ method: 'GET', url: '/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      status: 409,
      title: 'Conflict',
      detail: 'The contest is closed',
    });
  });

  it('hides a bug from the client and logs it with the request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/bug',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.headers['x-request-id']).toBe('trace-42');
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toContain('create-service.spec');
    expect(response.json()).toMatchObject({ status: 500, requestId: 'trace-42' });
    const logged = logLines.find((line) => line['msg'] === 'unhandled error');
    expect(logged).toMatchObject({ requestId: 'trace-42', err: { message: 'secret internal detail' } });
  });

  it('answers 503 with Retry-After when no database connection frees up in time', async () => {
    const response = await app.inject({ method: 'POST', url: '/busy' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json().detail).toBe(
      'The service is busy; nothing was changed. Try again in a few seconds.',
    );
  });

  it('puts the request id on every line logged for a request', async () => {
    const response = await app.inject({ method: 'GET', url: '/conflict' });
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logLines.filter((line) => line['requestId'] === id);
    expect(lines.map((line) => line['msg'])).toEqual(['incoming request', 'request completed']);
  });

  it('does not log health probes', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/live' });
    expect(logLines.some((line) => line['requestId'] === response.headers['x-request-id'])).toBe(false);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/initiatives',
      payload: { title: 'x'.repeat(4096), contribution: 1 },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413 });
  });

  it('sends strict security headers with API responses', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
  });

  it('lets the documentation UI load its own scripts and styles, and nothing else', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('reports readiness per check, 503 when one fails', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'not ready',
      checks: [{ name: 'always-down', ok: false, detail: 'broker unreachable' }],
    });
  });

  it('serves OpenAPI 3.1 with the routes, their schemas and the problem responses', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const post = document.paths['/initiatives'].post;
    expect(post.requestBody.content['application/json'].schema.required).toEqual(['title', 'contribution']);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '4XX', '5XX']));
    expect(document.components.schemas.Problem.properties.status).toBeDefined();
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json past the limit, and never limits health checks', async () => {
    const config = loadConfig(baseConfigSchema, {
      PORT: '0',
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      KAFKA_BROKERS: '127.0.0.1:9092',
      RATE_LIMIT_MAX: '2',
    });
    const app = await createService({
      name: 'limited',
      version: '1',
      description: 'limited',
      config,
      routes,
      logStream: new PassThrough(),
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await app.inject({ method: 'GET', url: '/conflict' })).statusCode);
      expect(statuses).toEqual([409, 409, 429]);
      const limited = await app.inject({ method: 'GET', url: '/conflict' });
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.json().detail).toMatch(/Too many requests: at most 2 per 1 minute/);
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('limits each client behind a trusted proxy on its own, and ignores what an untrusted peer forwards', async () => {
    const limitedBehind = async (trusted: string) =>
      createService({
        name: 'proxied',
        version: '1',
        description: 'proxied',
        config: loadConfig(baseConfigSchema, {
          PORT: '0',
          DATABASE_URL: 'postgres://x@127.0.0.1/x',
          KAFKA_BROKERS: '127.0.0.1:9092',
          RATE_LIMIT_MAX: '1',
          TRUST_PROXY: trusted,
        }),
        routes,
        logStream: new PassThrough(),
      });
    const from = (app: FastifyInstance, client: string) =>
      app.inject({
        method: 'GET',
        url: '/conflict',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': client },
      });
    const proxied = await limitedBehind('127.0.0.1');
    try {
      expect((await from(proxied, '203.0.113.7')).statusCode).toBe(409);
      expect((await from(proxied, '203.0.113.8')).statusCode).toBe(409);
      expect((await from(proxied, '203.0.113.7')).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
    const direct = await limitedBehind('10.0.0.1');
    try {
      expect((await from(direct, '203.0.113.7')).statusCode).toBe(409);
      expect((await from(direct, '203.0.113.8')).statusCode).toBe(429);
    } finally {
      await direct.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish and then refuses new connections', async () => {
    const config = loadConfig(baseConfigSchema, {
      PORT: '0',
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      KAFKA_BROKERS: '127.0.0.1:9092',
    });
    let release: () => void = () => undefined;
    const slow: FastifyPluginAsync = async (app) => {
      app.get('/slow', { schema: {} }, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return { done: true };
      });
    };
    const app = await createService({
      name: 'slow',
      version: '1',
      description: 'slow',
      config,
      routes: slow,
      logStream: new PassThrough(),
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${address}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = app.close();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/health/live`)).rejects.toThrow();
  });
});
