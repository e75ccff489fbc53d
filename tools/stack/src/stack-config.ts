import { Type, type Static } from 'typebox';

const port = (fallback: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 65535, default: fallback, description });
const externalDatabase = (service: string) =>
  Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description: `Use this PostgreSQL database for ${service} instead of the embedded server`,
    }),
  );

/** Environment of `npm start`; every variable has a default so the bare command works. */
export const stackConfigSchema = Type.Object({
  STACK_DATA_DIR: Type.String({
    default: '.data',
    minLength: 1,
    description: 'Where the embedded servers keep data',
  }),
  STACK_HOST: Type.String({
    default: '127.0.0.1',
    minLength: 1,
    description: 'Interface the services listen on',
  }),
  STACK_PORT: port(3100, 'Port of the portal, the identity provider and the APIs, served on one origin'),
  STACK_PUBLIC_URL: Type.Optional(
    Type.String({
      pattern: '^https?://[^/\\s]+$',
      description: 'The origin browsers use to reach the stack (default http://localhost:STACK_PORT)',
    }),
  ),
  STACK_PORTAL_DIR: Type.String({
    default: 'dist/apps/portal/browser',
    minLength: 1,
    description: 'The built portal that the stack serves',
  }),
  DEV_IDP_PORT: port(3109, 'Port of the embedded identity provider (behind STACK_PORT)'),
  AUTH_ISSUER: Type.Optional(
    Type.String({
      pattern: '^https?://[^\\s]+/realms/[^/\\s]+$',
      description: 'Realm URL of an external Keycloak to use instead of the embedded identity provider',
    }),
  ),
  CCHC_JUDGING_CLIENT_SECRET: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        "Secret of the judging client, handed to the judging service so it can read the realm's users: the embedded identity provider uses it instead of generating one; with an external Keycloak (AUTH_ISSUER) it must be the secret set there",
    }),
  ),
  STACK_POSTGRES_PORT: port(55432, 'Port of the embedded PostgreSQL'),
  STACK_KAFKA_PORT: port(9092, 'Port of the embedded Kafka-compatible broker'),
  KAFKA_BROKERS: Type.Optional(
    Type.String({
      pattern: '^[^,\\s]+:[0-9]+(,[^,\\s]+:[0-9]+)*$',
      description: 'Use these Kafka brokers (host:port,…) instead of the embedded broker',
    }),
  ),
  STACK_READY_TIMEOUT_MS: Type.Integer({
    minimum: 1000,
    default: 60_000,
    description: 'How long to wait for readiness',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  SUBMISSIONS_PORT: port(3101, 'Port of the submissions service'),
  JUDGING_PORT: port(3102, 'Port of the judging service'),
  REWARDS_PORT: port(3103, 'Port of the rewards service'),
  REPORTING_PORT: port(3104, 'Port of the reporting service'),
  SUBMISSIONS_DATABASE_URL: externalDatabase('submissions'),
  JUDGING_DATABASE_URL: externalDatabase('judging'),
  REWARDS_DATABASE_URL: externalDatabase('rewards'),
  REPORTING_DATABASE_URL: externalDatabase('reporting'),
});

export type StackConfig = Static<typeof stackConfigSchema>;

export const serviceNames = ['submissions', 'judging', 'rewards', 'reporting'] as const;
export type ServiceName = (typeof serviceNames)[number];

export function servicePort(config: StackConfig, service: ServiceName): number {
  return config[`${service.toUpperCase() as Uppercase<ServiceName>}_PORT`];
}

export function externalDatabaseUrl(config: StackConfig, service: ServiceName): string | undefined {
  return config[`${service.toUpperCase() as Uppercase<ServiceName>}_DATABASE_URL`];
}

/** The origin browsers use: the portal, `/realms/…` and `/api/<service>/…` all live there. */
export function publicUrl(config: StackConfig): string {
  return config.STACK_PUBLIC_URL ?? `http://localhost:${config.STACK_PORT}`;
}
