import { Type, type Static, type TObject, type TProperties } from 'typebox';
import { Value } from 'typebox/value';

/** A configuration variable that is missing or malformed; the message names it. */
export class ConfigError extends Error {}

/** Variables every service reads, with their defaults. */
export const baseConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1, description: 'Interface to listen on' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, description: 'HTTP port' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  DATABASE_URL: Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL connection URL' }),
  KAFKA_BROKERS: Type.String({
    pattern: '^[^,\\s]+:[0-9]+(,[^,\\s]+:[0-9]+)*$',
    description: 'Kafka bootstrap brokers, host:port[,host:port…]',
  }),
  KAFKA_TOPIC_PARTITIONS: Type.Integer({
    minimum: 1,
    default: 3,
    description: 'Partitions of topics the service creates',
  }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1_048_576, description: 'Largest request body' }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 1, default: 600, description: 'Requests per client per window' }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1000, default: 60_000 }),
  TRUST_PROXY: Type.String({
    default: '',
    pattern: '^[0-9A-Fa-f.:/, ]*$',
    description:
      'Addresses (or CIDR ranges) of the proxies in front, comma-separated: the client is then the address they forward in X-Forwarded-For, so each client has its own rate limit',
  }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({
    minimum: 0,
    default: 10_000,
    description: 'Grace period for in-flight requests',
  }),
});

export type BaseConfig = Static<typeof baseConfigSchema>;

/** Extends the base configuration with a service's own variables. */
export function configSchema<T extends TProperties>(extra: T) {
  return Type.Object({ ...baseConfigSchema.properties, ...extra });
}

function describeProblem(
  schema: TObject,
  env: Record<string, unknown>,
  error: { instancePath: string; params: unknown; message: string },
): string {
  const missing = (error.params as { requiredProperties?: string[] }).requiredProperties;
  if (error.instancePath === '' && missing?.length) {
    return `Missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  }
  const name = error.instancePath.replace(/^\//, '').split('/')[0] ?? '';
  const description = (schema.properties[name] as { description?: string } | undefined)?.description;
  return (
    `Invalid environment variable ${name}=${JSON.stringify(env[name])}: ${error.message}` +
    (description ? ` (${description})` : '')
  );
}

/**
 * Reads configuration from the environment: applies defaults, converts numbers and booleans, and throws a
 * ConfigError naming the first missing or malformed variable.
 */
export function loadConfig<T extends TObject>(schema: T, env: NodeJS.ProcessEnv = process.env): Static<T> {
  const relevant: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const candidate = Value.Convert(schema, Value.Default(schema, relevant));
  const [error] = Value.Errors(schema, candidate);
  if (error) throw new ConfigError(describeProblem(schema, relevant, error));
  return candidate as Static<T>;
}
