import { fileURLToPath } from 'node:url';
import { startTestIssuer, type TestIssuer } from '@cchc/auth/testing';
import type { EventDefinition } from '@cchc/contracts';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import { startEventPublisher } from '@cchc/messaging/testing';
import { loadConfig } from '@cchc/service-kit';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { Static, TSchema } from 'typebox';
import { buildJudging, judgingService } from '../service.ts';

const schemaPath = fileURLToPath(new URL('../../prisma', import.meta.url));

export interface JudgingUnderTest {
  app: FastifyInstance;
  database: TestDatabase;
  /** Publishes an event of another service to the broker, as that service's outbox relay would. */
  publish<T extends TSchema>(definition: EventDefinition<T>, data: Static<T>, tenant: string): Promise<void>;
  /** Rows of a query run in a province's scope, polled until `until` accepts them. */
  rowsOf(
    query: string,
    province: string,
    until?: (rows: Record<string, unknown>[]) => boolean,
  ): Promise<Record<string, unknown>[]>;
  /** A request as the named account (roles, province and unit as given when it was added). */
  as(account: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  addAccount(account: string, claims: { roles: string[]; province?: string; unit?: string }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The judging service on a fresh database, a broker and a realm key, with a publisher and accounts for the tests;
 * on the test run's PostgreSQL, or the one `postgresUrl` names (a benchmark's).
 */
export async function startJudging(options: { postgresUrl?: string } = {}): Promise<JudgingUnderTest> {
  const issuer: TestIssuer = await startTestIssuer();
  const broker: BrokerHandle = await startBroker({ port: 0, inMemory: true, log: () => undefined });
  const database = await createTestDatabase({ schemaPath, superuserUrl: options.postgresUrl });
  const brokers = `127.0.0.1:${broker.port}`;
  const app = await buildJudging(
    loadConfig(judgingService.configSchema, {
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers,
      AUTH_ISSUER: issuer.issuer,
    }),
  );
  await app.ready();
  const publisher = await startEventPublisher(brokers, '/cchc/submissions');
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const tokens = new Map<string, string>();
  return {
    app,
    database,
    publish: publisher.publish,
    async rowsOf(query, province, until = (rows) => rows.length > 0) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const client = await pool.connect();
        try {
          await client.query(`SELECT set_config('cchc.province', $1, false)`, [province]);
          const { rows } = await client.query(query);
          if (until(rows) || Date.now() > deadline) return rows;
        } finally {
          client.release();
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async addAccount(account, claims) {
      tokens.set(
        account,
        await issuer.token({
          username: account,
          ...claims,
          extra: { sub: `user-${account}`, exp: Math.floor(Date.now() / 1000) + 3600 },
        }),
      );
    },
    as(account, options) {
      const token = tokens.get(account);
      if (!token) throw new Error(`No account ${account}; add it first`);
      return app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
    },
    async stop() {
      await publisher.stop();
      await pool.end();
      await app.close();
      await database.drop();
      await broker.stop();
      await issuer.stop();
    },
  };
}
