import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { collect, kafkaClient, producerConfig, quickConsumer, waitFor } from './testing/kafkajs.ts';

describe('a durable broker across restarts', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start(dataDir: string, warnings: string[] = []): Promise<BrokerHandle> {
    const broker = await startBroker({ port: 0, dataDir, log: (message) => warnings.push(message) });
    cleanups.push(() => broker.stop());
    return broker;
  }

  async function produce(port: number, topic: string, values: string[]): Promise<void> {
    const producer = kafkaClient(port).producer(producerConfig);
    await producer.connect();
    await producer.send({ topic, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
  }

  it('keeps topics, records and committed group offsets', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ek-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const first = await start(dataDir);
    const admin = kafkaClient(first.port).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'durable', numPartitions: 2 }] });
    await admin.disconnect();
    await produce(first.port, 'durable', ['d0', 'd1', 'd2', 'd3']);
    const consumer = kafkaClient(first.port).consumer(quickConsumer('durable-group'));
    const before = await collect(consumer, 'durable', true);
    await waitFor('4 records', () => before.length >= 4);
    await consumer.disconnect();
    await first.stop();

    const second = await start(dataDir);
    const reopened = kafkaClient(second.port).admin();
    await reopened.connect();
    cleanups.push(() => reopened.disconnect());
    const metadata = await reopened.fetchTopicMetadata({ topics: ['durable'] });
    expect(metadata.topics[0]?.partitions).toHaveLength(2);
    const offsets = await reopened.fetchTopicOffsets('durable');
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(4);

    await produce(second.port, 'durable', ['d4', 'd5']);
    const resumed = kafkaClient(second.port).consumer(quickConsumer('durable-group'));
    cleanups.push(() => resumed.disconnect());
    const after = await collect(resumed, 'durable', true);
    await waitFor('2 new records', () => after.length >= 2);
    expect(after.map((r) => r.value).sort()).toEqual(['d4', 'd5']);

    // A new group still sees everything that was written before the restart.
    const fresh = kafkaClient(second.port).consumer(quickConsumer('fresh-group'));
    cleanups.push(() => fresh.disconnect());
    const all = await collect(fresh, 'durable', true);
    await waitFor('6 records', () => all.length >= 6);
    expect(all.map((r) => r.value).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
  });

  it('truncates a torn tail written before a crash and keeps serving', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ek-torn-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await start(dataDir);
    await produce(first.port, 'torn', ['t0', 't1']);
    await first.stop();
    // What a crash in the middle of a write leaves: the start of a batch header and nothing more.
    appendFileSync(
      join(dataDir, 'topics', 'torn', '0', '00000000000000000000.log'),
      Buffer.from([0, 0, 0, 0, 0, 0, 0, 2, 0, 0]),
    );

    const warnings: string[] = [];
    const second = await start(dataDir, warnings);
    expect(warnings.join('\n')).toMatch(/cut 10 torn or invalid bytes/);
    await produce(second.port, 'torn', ['t2']);
    const consumer = kafkaClient(second.port).consumer(quickConsumer('torn-reader'));
    cleanups.push(() => consumer.disconnect());
    const received = await collect(consumer, 'torn', true);
    await waitFor('3 records', () => received.length >= 3);
    expect(received.map((r) => [r.offset, r.value])).toEqual([
      ['0', 't0'],
      ['1', 't1'],
      ['2', 't2'],
    ]);
  });
});
