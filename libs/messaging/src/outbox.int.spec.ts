import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, provinceCreated, provinceRenamed } from '@cchc/contracts';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import kafkajs from 'kafkajs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKafkaBus } from './kafka-bus.ts';
import type { MessageBus } from './message-bus.ts';
import { writeAllToOutbox, writeToOutbox } from './outbox.ts';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay.ts';
import { pgTransactions } from './pg-transactions.ts';
import { recordingLogger } from './testing/silent-logger.ts';
import { waitFor } from './testing/wait-for.ts';

const schemaPath = fileURLToPath(new URL('../test-fixture/prisma', import.meta.url));
const context = { source: '/cchc/submissions', tenant: 'CB' };
const province = (code: string, name: string) => ({
  province: { code, name, status: 'active' as const, mergedInto: null },
});

/** Reads a topic from the start with a plain kafkajs consumer, as an analytics team would. */
async function readTopic(brokers: string[], topic: string, count: number) {
  const kafka = new kafkajs.Kafka({ clientId: 'analytics', brokers, logLevel: kafkajs.logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `analytics-${Math.random()}`, maxWaitTimeInMs: 500 });
  const received: { key: string; value: Record<string, unknown>; headers: Record<string, string> }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
      );
      received.push({ key: message.key!.toString(), value: JSON.parse(message.value!.toString()), headers });
    },
  });
  try {
    await waitFor(async () => received.length >= count, `${count} records on ${topic}`);
    return received;
  } finally {
    await consumer.disconnect();
  }
}

describe('transactional outbox and relay', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let dataDir: string;
  let broker: BrokerHandle;
  let bus: MessageBus;
  let relay: OutboxRelay;
  const brokers = () => [`127.0.0.1:${broker.port}`];

  const write = (events: { code: string; name: string; renamed?: boolean }[], fail = false) =>
    pgTransactions(pool)(async (tx) => {
      for (const event of events) {
        await tx.$executeRawUnsafe(
          `INSERT INTO note (aggregate, text) VALUES ($1, $2)`,
          event.code,
          event.name,
        );
        if (event.renamed) {
          await writeToOutbox(
            tx,
            provinceRenamed,
            { ...province(event.code, event.name), previousName: 'x' },
            context,
          );
        } else {
          await writeToOutbox(tx, provinceCreated, province(event.code, event.name), context);
        }
      }
      if (fail) throw new Error('the change failed after its event was written');
    });

  beforeAll(async () => {
    database = await createTestDatabase({ schemaPath });
    pool = new pg.Pool({ connectionString: database.url });
    dataDir = await mkdtemp(path.join(tmpdir(), 'cchc-outbox-kafka-'));
    broker = await startBroker({ port: 0, dataDir, log: () => undefined });
    bus = createKafkaBus({ brokers: brokers(), clientId: 'submissions', logger: recordingLogger() });
    await bus.ensureTopics(
      [...new Set(catalog.map((event) => event.topic))].map((topic) => ({ topic, partitions: 3 })),
    );
    relay = await startOutboxRelay({
      databaseUrl: database.url,
      bus,
      logger: recordingLogger(),
      leaseName: 'test',
      // No polling within the test's patience: only the NOTIFY of a committed write can wake the relay.
      pollIntervalMs: 600_000,
    });
  });

  afterAll(async () => {
    await relay?.stop();
    await bus?.disconnect();
    await broker?.stop();
    await pool?.end();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes nothing when the change rolls back after its event was written', async () => {
    await expect(write([{ code: 'RB', name: 'Rolled back' }], true)).rejects.toThrow(/failed after/);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM outbox_event`);
    expect(rows[0].n).toBe(0);
    await write([{ code: 'CB', name: 'Cao Bằng' }]);
    const records = await readTopic(brokers(), provinceCreated.topic, 1);
    expect(records.map((record) => record.key)).toEqual(['CB']);
    expect(await bus.endOffsets([provinceCreated.topic])).toBe(1);
  });

  it('publishes CloudEvents that an outside consumer can validate against the published schemas', async () => {
    const [record] = await readTopic(brokers(), provinceCreated.topic, 1);
    expect(provinceCreated.check(record!.value)).toEqual([]);
    expect(record!.value).toMatchObject({
      type: provinceCreated.type,
      tenant: 'CB',
      subject: 'CB',
      source: '/cchc/submissions',
    });
    expect(record!.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: provinceCreated.type,
      ce_id: record!.value['id'],
      ce_tenant: 'CB',
      'content-type': 'application/cloudevents+json',
    });
    await waitFor(async () => (await relay.backlog()) === 0, 'an empty outbox');
  });

  it('keeps accepting writes while the broker is down and delivers every event, in order per aggregate, when it returns', async () => {
    const port = broker.port;
    await broker.stop();
    const names = Array.from({ length: 12 }, (_, i) => ({
      code: ['HG', 'GL', 'DN'][i % 3]!,
      name: `name ${i}`,
      renamed: true,
    }));
    for (const event of names) await write([event]);
    expect(await relay.backlog()).toBe(12);
    broker = await startBroker({ port, dataDir, log: () => undefined });
    await waitFor(async () => (await relay.backlog()) === 0, 'the relay to catch up', 40_000);
    const records = await readTopic(brokers(), provinceRenamed.topic, 13);
    const renamed = records.filter((record) => record.value['type'] === provinceRenamed.type);
    for (const code of ['HG', 'GL', 'DN']) {
      const expected = names.filter((event) => event.code === code).map((event) => event.name);
      const seen = renamed
        .filter((record) => record.key === code)
        .map((record) => (record.value['data'] as { province: { name: string } }).province.name);
      expect(seen).toEqual(expected);
    }
  });

  it('writes many events in one statement, in the order given, and relays them', async () => {
    const names = ['một', 'hai', 'ba', 'bốn', 'năm'];
    const written = await pgTransactions(pool)((tx) =>
      writeAllToOutbox(
        tx,
        provinceRenamed,
        names.map((name) => ({ ...province('QN', name), previousName: 'x' })),
        context,
      ),
    );
    const { rows } = await pool.query<{ event_id: string; name: string }>(
      `SELECT event_id::text, envelope->'data'->'province'->>'name' AS name
       FROM outbox_event WHERE key = 'QN' ORDER BY id`,
    );
    expect(rows.map((row) => row.name)).toEqual(names);
    expect(rows.map((row) => row.event_id)).toEqual(written.map((envelope) => envelope.id));
    await waitFor(async () => (await relay.backlog()) === 0, 'the relay to publish them');
  });
});
