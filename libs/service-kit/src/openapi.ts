import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problem.ts';

/** The OpenAPI security scheme of routes that need a bearer token; such routes list it in `schema.security`. */
export const BEARER_SCHEME = 'bearer';

const problemResponse = {
  description: 'A problem (RFC 9457)',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Type.Ref('Problem') } },
};

/** OpenAPI 3.1 at /docs/json, a browsable UI at /docs, and the problem response on every documented route. */
export async function registerOpenApi(
  app: FastifyInstance,
  info: { title: string; version: string; description: string },
): Promise<void> {
  app.addSchema(ProblemSchema);
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.url.startsWith('/docs')) return;
    route.schema.response = {
      ...(route.schema.response as object | undefined),
      '4xx': problemResponse,
      '5xx': problemResponse,
    };
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info,
      tags: [{ name: 'health', description: 'Liveness and readiness' }],
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'An access token of the realm (Keycloak), sent as Authorization: Bearer <token>',
          },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) => String(json['$id'] ?? `def-${index}`),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
}
