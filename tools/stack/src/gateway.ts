import { existsSync } from 'node:fs';
import path from 'node:path';
import httpProxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export interface GatewayOptions {
  host: string;
  port: number;
  /** Where the identity provider listens; served under `/realms/…` and `/admin/realms/…` as Keycloak is. */
  identityProviderUrl: string;
  /** Each service's URL, served under `/api/<service>/…`. */
  services: { name: string; url: string }[];
  /** The built portal (index.html and its assets). */
  portalDir: string;
}

/**
 * One origin for the browser: the portal, the identity provider and the APIs behind a small reverse proxy, so the
 * portal's token requests and API calls are same-origin (no CORS, no third-party cookies).
 */
export async function startGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, forceCloseConnections: true });
  await app.register(httpProxy, {
    upstream: options.identityProviderUrl,
    prefix: '/realms',
    rewritePrefix: '/realms',
  });
  // Keycloak serves its admin REST API on the same origin; the judging service reads the realm's users there.
  await app.register(httpProxy, {
    upstream: options.identityProviderUrl,
    prefix: '/admin/realms',
    rewritePrefix: '/admin/realms',
  });
  for (const service of options.services) {
    await app.register(httpProxy, {
      upstream: service.url,
      prefix: `/api/${service.name}`,
      rewritePrefix: '',
      // The services trust the gateway's X-Forwarded-For (TRUST_PROXY), so each browser keeps its own rate limit.
      replyOptions: {
        rewriteRequestHeaders: (request, headers) => ({
          ...headers,
          'x-forwarded-for': [headers['x-forwarded-for'], request.ip].filter(Boolean).join(', '),
        }),
      },
    });
  }
  const portalBuilt = existsSync(path.join(options.portalDir, 'index.html'));
  if (portalBuilt) {
    await app.register(fastifyStatic, { root: path.resolve(options.portalDir), wildcard: false });
  }
  // The portal routes in the browser: any other page address gets its index.html.
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) {
      return reply
        .code(404)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Not Found', status: 404, detail: `Nothing at ${request.url}` });
    }
    if (!portalBuilt) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The portal is not built yet: run "npx nx run portal:build" (npm start does it).`);
    }
    return reply.sendFile('index.html');
  });
  await app.listen({ host: options.host, port: options.port });
  return app;
}
