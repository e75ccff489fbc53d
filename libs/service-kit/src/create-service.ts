import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyServerOptions,
} from 'fastify';
import type { BaseConfig } from './config.ts';
import { buildValidator } from './body-validation.ts';
import { registerDatabase, type DatabaseClient } from './database.ts';
import { registerHealthRoutes } from './health.ts';
import { registerOpenApi } from './openapi.ts';
import { HttpProblem, registerProblemHandlers } from './problem.ts';
import { securityHeaders } from './security-headers.ts';

export interface ServiceOptions {
  name: string;
  version: string;
  description: string;
  config: BaseConfig;
  database?: { client: DatabaseClient; migrationsDir: string };
  /** The service's own routes. */
  routes?: FastifyPluginAsync;
  /** Where log lines go; defaults to standard output. */
  logStream?: NodeJS.WritableStream;
}

const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Builds a service on the shared bootstrap: pino logging with a request id on every request line,
 * problem+json errors, schema validation, OpenAPI, health, security headers, body limit and rate limiting.
 */
/** The proxies whose X-Forwarded-For is believed; none when unset. */
function trustedProxies(setting: string): string[] | false {
  const addresses = setting
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return addresses.length ? addresses : false;
}

export async function createService(options: ServiceOptions): Promise<FastifyInstance> {
  const { config } = options;
  const logger: FastifyServerOptions['logger'] = {
    name: options.name,
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    ...(options.logStream ? { stream: options.logStream } : {}),
  };
  const app = Fastify({
    logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Behind a proxy every request comes from the proxy; trusting it makes each client's own address count.
    trustProxy: trustedProxies(config.TRUST_PROXY),
    // A caller's id is kept so one request can be followed across services; anything else gets a fresh one.
    genReqId: (request) => {
      const given = request.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Probes arrive every few seconds from orchestrators and would drown the log.
      disableRequestLogging: (request: { url?: string }) => Boolean(request.url?.startsWith('/health/')),
    }),
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
    schemaController: { compilersFactory: { buildValidator } },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // JSON responses get the strict, short set OWASP recommends for APIs; only the documentation UI serves HTML.
  const apiHeaders = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] },
    },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: { action: 'deny' },
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  const documentHeaders = securityHeaders({
    contentSecurityPolicy: {
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply
      .headers(request.url.startsWith('/docs') ? documentHeaders : apiHeaders)
      .header(REQUEST_ID_HEADER, request.id);
    done();
  });
  registerProblemHandlers(app);
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        `Too many requests: at most ${context.max} per ${context.after}; try again later.`,
      ),
  });
  await registerOpenApi(app, {
    title: `${options.name} service`,
    version: options.version,
    description: options.description,
  });
  registerHealthRoutes(app);
  if (options.database) await registerDatabase(app, options.database.client, options.database.migrationsDir);
  if (options.routes) await app.register(options.routes);
  return app;
}
