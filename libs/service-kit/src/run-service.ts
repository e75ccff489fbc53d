import type { FastifyInstance } from 'fastify';
import type { Static, TObject } from 'typebox';
import { ConfigError, loadConfig, type BaseConfig } from './config.ts';

export interface ServiceDefinition<S extends TObject> {
  name: string;
  description: string;
  configSchema: S;
  build(config: Static<S> & BaseConfig): Promise<FastifyInstance>;
}

function exitWith(name: string, message: string): never {
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(1);
}

/**
 * Runs a service as a process: validates the environment (one clear line and exit 1 when wrong), listens, and on
 * SIGTERM or SIGINT stops accepting, lets in-flight requests finish, closes the database and exits.
 */
export async function runService<S extends TObject>(definition: ServiceDefinition<S>): Promise<void> {
  let config: Static<S> & BaseConfig;
  try {
    config = loadConfig(definition.configSchema) as Static<S> & BaseConfig;
  } catch (error) {
    if (error instanceof ConfigError) exitWith(definition.name, error.message);
    throw error;
  }
  const app = await definition.build(config);
  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      exitWith(
        definition.name,
        `port ${config.PORT} on ${config.HOST} is already in use (set PORT to another port)`,
      );
    }
    throw error;
  }

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error(`in-flight requests did not finish within ${config.SHUTDOWN_TIMEOUT_MS} ms; exiting`);
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
