import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { provinceCreated } from '@cchc/contracts';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import kafkajs from 'kafkajs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DLQ_HEADERS, deadLetterTopic } from './dead-letters.ts';
import { createEnvelope, toRecord } from './envelope.ts';
import type { EventConsumer } from './event-consumer.ts';
import { createKafkaBus } from './kafka-bus.ts';
import type { MessageBus, OutgoingRecord, Publisher } from './message-bus.ts';
import { startNoteConsumer } from './testing/note-consumer.ts';
import { recordingLogger } from './testing/silent-logger.ts';
import { waitFor } from './testing/wait-for.ts';

const schemaPath = fileURLToPath(new URL('../test-fixture/prisma', import.meta.url));
const consumerProcess = fileURLToPath(new URL('./testing/note-consumer-process.ts', import.meta.url));
const deadLetterCli = fileURLToPath(new URL('./dead-letter-cli.ts', import.meta.url));
const runCli = (...args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', deadLetterCli, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`exit ${code}: ${output}`)),
    );
  });

const created = (code: string) =>
  toRecord(
    provinceCreated.topic,
    createEnvelope(
      provinceCreated,
      { province: { code, name: `Tỉnh ${code}`, status: 'active', mergedInto: null } },
      { source: '/cchc/submissions', tenant: code },
    ),
  );

describe('idempotent event consumer', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let broker: BrokerHandle;
  let bus: MessageBus;
  let publisher: Publisher;
  let consumer: EventConsumer | undefined;

  const notes = async (aggregatePrefix = '') =>
    (
      await pool.query<{ aggregate: string; event_id: string }>(
        `SELECT aggregate, event_id FROM note WHERE aggregate LIKE $1 ORDER BY id`,
        [`${aggregatePrefix}%`],
      )
    ).rows;
  const deadLetters = async (count: number) => {
    const kafka = new kafkajs.Kafka({
      brokers: [`127.0.0.1:${broker.port}`],
      logLevel: kafkajs.logLevel.NOTHING,
    });
    const reader = kafka.consumer({ groupId: `operator-${Math.random()}`, maxWaitTimeInMs: 500 });
    const seen: { value: string; headers: Record<string, string> }[] = [];
    await reader.connect();
    await reader.subscribe({ topic: deadLetterTopic(provinceCreated.topic), fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        seen.push({ value: message.value?.toString() ?? '', headers });
      },
    });
    try {
      await waitFor(async () => seen.length >= count, `${count} dead letters`);
      return seen;
    } finally {
      await reader.disconnect();
    }
  };

  beforeAll(async () => {
    broker = await startBroker({ port: 0, inMemory: true, log: () => undefined });
    bus = createKafkaBus({
      brokers: [`127.0.0.1:${broker.port}`],
      clientId: 'test',
      logger: recordingLogger(),
    });
    await bus.ensureTopics([{ topic: provinceCreated.topic, partitions: 3 }]);
    publisher = await bus.publisher();
  });
  beforeEach(async () => {
    database = await createTestDatabase({ schemaPath });
    pool = new pg.Pool({ connectionString: database.url });
  });
  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await pool.end();
    await database.drop();
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await bus?.disconnect();
    await broker?.stop();
  });

  it('takes the effect of an event delivered twice only once', async () => {
    const record = created('CB');
    await publisher.send([record, record]);
    // Same key, so the same partition: once it is processed, both copies before it have been as well.
    const after = { ...created('HG'), key: record.key };
    await publisher.send([after]);
    consumer = await startNoteConsumer(bus, pool);
    await waitFor(async () => (await notes()).some((note) => note.aggregate === 'HG'), 'the later event');
    const effects = (await notes()).filter((note) => note.aggregate === 'CB');
    expect(effects).toHaveLength(1);
    const inbox = await pool.query(`SELECT consumer, type FROM inbox_event WHERE event_id = $1`, [
      JSON.parse(record.value).id,
    ]);
    expect(inbox.rows).toEqual([{ consumer: 'notes', type: provinceCreated.type }]);
  });

  it('parks an invalid event on the dead-letter topic and goes on with the next', async () => {
    const valid = created('GL');
    const broken: OutgoingRecord = {
      ...created('XX'),
      key: 'XX',
      value: JSON.stringify({ ...JSON.parse(created('XX').value), tenant: 'not a province' }),
    };
    const notJson: OutgoingRecord = { topic: provinceCreated.topic, key: 'XX', value: '{oops', headers: {} };
    await publisher.send([broken, notJson, { ...valid, key: 'XX' }]);
    consumer = await startNoteConsumer(bus, pool, { name: 'notes-invalid' });
    await waitFor(async () => (await notes()).some((note) => note.aggregate === 'GL'), 'the valid event');
    const parked = await deadLetters(2);
    expect(parked.map((letter) => letter.headers[DLQ_HEADERS.error])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/does not match its schema: \/tenant/),
        'the value is not JSON',
      ]),
    );
    expect(parked[0]!.headers).toMatchObject({
      [DLQ_HEADERS.consumer]: 'notes-invalid',
      [DLQ_HEADERS.originalTopic]: provinceCreated.topic,
    });
    expect((await notes()).map((note) => note.aggregate)).not.toContain('XX');
  });

  it('parks an event whose handler keeps failing after bounded retries, without half an effect', async () => {
    await publisher.send([
      { ...created('DN'), key: 'YY' },
      { ...created('KH'), key: 'YY' },
    ]);
    let attempts = 0;
    consumer = await startNoteConsumer(bus, pool, {
      name: 'notes-failing',
      maxAttempts: 3,
      handlers: {
        [provinceCreated.type]: async (tx, event) => {
          await tx.$executeRawUnsafe(
            `INSERT INTO note (aggregate, text) VALUES ($1, 'partial')`,
            event.subject,
          );
          if (event.subject === 'DN') {
            attempts++;
            throw new Error('the read model is broken');
          }
        },
      },
    });
    await waitFor(async () => (await notes()).some((note) => note.aggregate === 'KH'), 'the next event');
    // Once in the batch with KH (published together, so fetched together), then three times on its own.
    expect(attempts).toBe(4);
    const aggregates = (await notes()).map((note) => note.aggregate);
    expect(aggregates).toContain('KH');
    expect(aggregates).not.toContain('DN');
    const parked = await deadLetters(3);
    expect(
      parked.some(
        (letter) => letter.headers[DLQ_HEADERS.error] === 'failed 3 times: the read model is broken',
      ),
    ).toBe(true);
  });

  it('lets an operator list a dead letter and replay it once the handler is fixed', async () => {
    const record = { ...created('QT'), key: 'ZZ' };
    const eventId = JSON.parse(record.value).id as string;
    await publisher.send([record]);
    const failing = await startNoteConsumer(bus, pool, {
      name: 'notes-replay',
      maxAttempts: 2,
      handlers: {
        [provinceCreated.type]: async (_tx, event) => {
          if (event.id === eventId) throw new Error('not yet');
        },
      },
    });
    await waitFor(
      async () =>
        (await bus.readAll(deadLetterTopic(provinceCreated.topic))).some(
          (letter) => letter.headers['ce_id'] === eventId,
        ),
      'the dead letter',
    );
    await failing.stop();
    consumer = await startNoteConsumer(bus, pool, { name: 'notes-replay' });

    const brokers = `--brokers=127.0.0.1:${broker.port}`;
    const listing = await runCli('list', provinceCreated.topic, brokers, `--event-id=${eventId}`);
    expect(listing).toContain(`${provinceCreated.type}  ${eventId}  notes-replay  failed 2 times: not yet`);
    expect(listing).toContain('1 dead letter(s)');
    expect(await runCli('replay', provinceCreated.topic, brokers, `--event-id=${eventId}`)).toContain(
      'Replayed 1',
    );
    await waitFor(async () => (await notes('QT')).length === 1, 'the replayed effect');
  });

  it('takes each effect exactly once when a consumer is killed mid-batch and another takes over', async () => {
    const total = 120;
    const records = Array.from({ length: total }, (_, i) =>
      created(`P${String.fromCharCode(65 + (i % 26))}`),
    );
    await publisher.send(records);
    const child = spawn(process.execPath, ['--import', 'tsx', consumerProcess], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BROKER: `127.0.0.1:${broker.port}`,
        DELAY_MS: '20',
        // Small batches, so the kill falls between committed batches and inside one.
        BATCH_SIZE: '4',
        CONSUMER: 'notes-killed',
      },
      stdio: 'ignore',
    });
    await waitFor(async () => (await notes('P')).length >= 30, 'the first consumer to get going');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const beforeRestart = (await notes('P')).length;
    expect(beforeRestart).toBeLessThan(total);

    consumer = await startNoteConsumer(bus, pool, { name: 'notes-killed' });
    await waitFor(async () => (await notes('P')).length >= total, 'every effect', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const effects = await notes('P');
    expect(effects).toHaveLength(total);
    expect(new Set(effects.map((note) => note.event_id)).size).toBe(total);
    const inbox = await pool.query(
      `SELECT count(*)::int AS n FROM inbox_event WHERE event_id = ANY($1::uuid[])`,
      [records.map((record) => JSON.parse(record.value).id)],
    );
    expect(inbox.rows[0].n).toBe(total);
  });
});
