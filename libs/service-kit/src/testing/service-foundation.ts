import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import type { FastifyInstance } from 'fastify';
import type { TObject } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { ServiceDefinition } from '../run-service.ts';

export interface ServiceUnderTest<S extends TObject> {
  definition: ServiceDefinition<S>;
  /** The service's `prisma` folder (its .prisma files; migrations in `migrations/`). */
  schemaPath: string;
  /** The service's process entry point, `src/main.ts`. */
  mainPath: string;
  /** The service's own required variables, beyond the ones every service has. */
  env?: Record<string, string>;
}

interface ProcessOutcome {
  code: number | null;
  stderr: string;
}

function runMain(mainPath: string, env: Record<string, string>): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
      cwd: path.dirname(mainPath),
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/**
 * What every service must do on the shared foundation, against a real PostgreSQL: readiness tied to its database
 * and migrations, OpenAPI 3.1, and clear one-line failures for bad configuration and a busy port.
 */
export function describeServiceFoundation<S extends TObject>(service: ServiceUnderTest<S>): void {
  const { definition } = service;
  let broker: BrokerHandle;
  const kafka = () => `127.0.0.1:${broker.port}`;
  const build = (databaseUrl: string) =>
    definition.build(
      loadConfig(definition.configSchema, {
        PORT: '0',
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: kafka(),
        LOG_LEVEL: 'silent',
        ...service.env,
      }) as never,
    );
  const readiness = async (app: FastifyInstance) => {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    return {
      status: response.statusCode,
      body: response.json() as { checks: { name: string; ok: boolean; detail?: string }[] },
    };
  };

  describe(`${definition.name} service foundation`, () => {
    let migrated: TestDatabase;
    let app: FastifyInstance;

    beforeAll(async () => {
      broker = await startBroker({ port: 0, inMemory: true, log: () => undefined });
      migrated = await createTestDatabase({ schemaPath: service.schemaPath });
      app = await build(migrated.url);
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      await migrated?.drop();
      await broker?.stop();
    });

    it('is ready once its database answers, every migration is applied and Kafka has its topics', async () => {
      const deadline = Date.now() + 20_000;
      let report = await readiness(app);
      while (report.status !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        report = await readiness(app);
      }
      expect(report.body).toEqual({
        status: 'ready',
        checks: [
          { name: 'database', ok: true },
          { name: 'migrations', ok: true },
          { name: 'kafka', ok: true },
        ],
      });
    });

    it('is not ready on a database without its migrations', async () => {
      const empty = await createTestDatabase();
      const unmigrated = await build(empty.url);
      try {
        const response = await unmigrated.inject({ method: 'GET', url: '/health/ready' });
        expect(response.statusCode).toBe(503);
        const migrations = response
          .json()
          .checks.find((check: { name: string }) => check.name === 'migrations');
        expect(migrations).toMatchObject({ ok: false, detail: expect.stringMatching(/_prisma_migrations/) });
      } finally {
        await unmigrated.close();
        await empty.drop();
      }
    });

    it('exposes the event backbone metrics for Prometheus', async () => {
      const response = await app.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      for (const metric of ['cchc_outbox_backlog', 'cchc_consumer_lag', 'cchc_dead_letters']) {
        expect(response.body).toMatch(new RegExp(`^${metric} \\d+$`, 'm'));
      }
    });

    it('serves its OpenAPI 3.1 document', async () => {
      const response = await app.inject({ method: 'GET', url: '/docs/json' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        openapi: '3.1.0',
        info: { title: `${definition.name} service`, description: definition.description },
      });
    });

    it('stops at start-up with one line naming a malformed variable', async () => {
      const outcome = await runMain(service.mainPath, {
        PORT: 'eighty',
        DATABASE_URL: migrated.url,
        KAFKA_BROKERS: kafka(),
        ...service.env,
      });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim()).toBe(
        `${definition.name}: Invalid environment variable PORT="eighty": must be integer (HTTP port)`,
      );
    });

    it('stops at start-up with one line naming a missing variable', async () => {
      const outcome = await runMain(service.mainPath, { PORT: '0', ...service.env });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim()).toBe(
        `${definition.name}: Missing environment variables DATABASE_URL, KAFKA_BROKERS`,
      );
    });

    it('stops with one line naming a port that is already in use', async () => {
      const blocker: Server = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const port = (blocker.address() as { port: number }).port;
      try {
        const outcome = await runMain(service.mainPath, {
          PORT: String(port),
          DATABASE_URL: migrated.url,
          KAFKA_BROKERS: kafka(),
          LOG_LEVEL: 'silent',
          ...service.env,
        });
        expect(outcome.code).toBe(1);
        expect(outcome.stderr.trim()).toBe(
          `${definition.name}: port ${port} on 127.0.0.1 is already in use (set PORT to another port)`,
        );
      } finally {
        blocker.close();
      }
    });
  });
}
