import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestIssuer, type TestIssuer } from '@cchc/auth/testing';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import { startEventPublisher, type EventPublisher } from '@cchc/messaging/testing';
import { loadConfig } from '@cchc/service-kit';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildSubmissions, submissionsService } from '../service.ts';
import { TestClock } from './test-clock.ts';

/** The attachment size limit under test: small, so that a too-large file is cheap to make. */
export const ATTACHMENT_MAX_BYTES = 100_000;

const schemaPath = fileURLToPath(new URL('../../prisma', import.meta.url));

export interface SubmissionsUnderTest {
  app: FastifyInstance;
  database: TestDatabase;
  issuer: TestIssuer;
  /** Where the service keeps attachments. */
  attachmentsDir: string;
  /** The server's clock; tests move it. */
  clock: TestClock;
  /** A request as the named account (roles, province and unit as given when it was added). */
  as(account: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  addAccount(account: string, claims: { roles: string[]; province?: string; unit?: string }): Promise<void>;
  /** The bearer token of an account added before. */
  tokenOf(account: string): string;
  /** Publishes an event of the judging service to the broker, as its outbox relay would. */
  publish: EventPublisher['publish'];
  stop(): Promise<void>;
}

/**
 * The submissions service on a fresh database (of the test run's PostgreSQL, or of `postgresUrl`), a broker and a
 * realm key, with accounts for the tests; `config` overrides its variables.
 */
export async function startSubmissions(
  options: { postgresUrl?: string; config?: Record<string, string> } = {},
): Promise<SubmissionsUnderTest> {
  const issuer = await startTestIssuer();
  const broker: BrokerHandle = await startBroker({ port: 0, inMemory: true, log: () => undefined });
  const database = await createTestDatabase({ schemaPath, superuserUrl: options.postgresUrl });
  const clock = new TestClock();
  const attachmentsDir = await mkdtemp(path.join(tmpdir(), 'cchc-attachments-'));
  const app = await buildSubmissions(
    loadConfig(submissionsService.configSchema, {
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: `127.0.0.1:${broker.port}`,
      AUTH_ISSUER: issuer.issuer,
      ATTACHMENTS_DIR: attachmentsDir,
      ATTACHMENT_MAX_BYTES: String(ATTACHMENT_MAX_BYTES),
      ...options.config,
    }),
    () => clock.now,
  );
  await app.ready();
  const publisher = await startEventPublisher(`127.0.0.1:${broker.port}`, '/cchc/judging');
  const tokens = new Map<string, string>();
  const tokenOf = (account: string) => {
    const token = tokens.get(account);
    if (!token) throw new Error(`No account ${account}; add it first`);
    return token;
  };
  return {
    app,
    database,
    issuer,
    attachmentsDir,
    publish: publisher.publish,
    clock,
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
    tokenOf,
    as(account, options) {
      return app.inject({
        ...options,
        headers: { ...options.headers, authorization: `Bearer ${tokenOf(account)}` },
      });
    },
    async stop() {
      await publisher.stop();
      await app.close();
      await database.drop();
      await broker.stop();
      await issuer.stop();
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}
