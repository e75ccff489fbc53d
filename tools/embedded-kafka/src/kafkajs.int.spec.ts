import { CompressionTypes, type Consumer, type Producer } from 'kafkajs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { collect, kafkaClient, producerConfig, quickConsumer, waitFor } from './testing/kafkajs.ts';

describe('kafkajs against the broker', () => {
  let broker: BrokerHandle;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    broker = await startBroker({ port: 0, inMemory: true, log: () => {} });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await broker.stop();
  });

  async function producer(
    options: Parameters<ReturnType<typeof kafkaClient>['producer']>[0] = {},
  ): Promise<Producer> {
    const p = kafkaClient(broker.port).producer({ ...producerConfig, ...options });
    await p.connect();
    cleanups.push(() => p.disconnect());
    return p;
  }

  function consumer(groupId: string): Consumer {
    const c = kafkaClient(broker.port).consumer(quickConsumer(groupId));
    cleanups.push(() => c.disconnect());
    return c;
  }

  async function highWatermark(topic: string): Promise<number> {
    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  }

  it.each([
    ['acks=all', -1],
    ['acks=1', 1],
    ['acks=0', 0],
  ])('produces with %s', async (_, acks) => {
    const topic = `acks-${acks === -1 ? 'all' : acks}`;
    const p = await producer();
    const messages = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
    const result = await p.send({ topic, acks, messages });
    if (acks !== 0)
      expect(result[0]).toMatchObject({ topicName: topic, partition: 0, errorCode: 0, baseOffset: '0' });
    await waitFor('the records to be stored', async () => (await highWatermark(topic)) === 10);
  });

  it('produces with the idempotent producer without gaps or duplicates', async () => {
    const p = await producer({ idempotent: true, maxInFlightRequests: 1 });
    for (let i = 0; i < 5; i++) {
      await p.send({ topic: 'idempotent', messages: [{ value: `a${i}` }, { value: `b${i}` }] });
    }
    const received = await collect(consumer('idempotent-reader'), 'idempotent', true);
    await waitFor('10 records', () => received.length >= 10);
    expect(received.map((r) => r.offset)).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
    expect(received.map((r) => r.value)).toEqual(
      Array.from({ length: 5 }, (_, i) => [`a${i}`, `b${i}`]).flat(),
    );
  });

  it('passes compressed batches through untouched', async () => {
    const p = await producer();
    const messages = Array.from({ length: 50 }, (_, i) => ({ value: `compressed-${i}`.repeat(20) }));
    await p.send({ topic: 'gzip', compression: CompressionTypes.GZIP, messages });
    const received = await collect(consumer('gzip-reader'), 'gzip', true);
    await waitFor('50 records', () => received.length >= 50);
    expect(received.map((r) => r.value)).toEqual(messages.map((m) => m.value));
    expect(received.map((r) => r.offset)).toEqual(messages.map((_, i) => String(i)));
  });

  it('consumes from the earliest offset', async () => {
    const p = await producer();
    await p.send({ topic: 'earliest', messages: Array.from({ length: 20 }, (_, i) => ({ value: `m${i}` })) });
    const received = await collect(consumer('earliest-reader'), 'earliest', true);
    await waitFor('20 records', () => received.length >= 20);
    expect(received.map((r) => r.value)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });

  it('consumes only new records from the latest offset', async () => {
    const p = await producer();
    await p.send({ topic: 'latest', messages: [{ value: 'old-1' }, { value: 'old-2' }] });
    const c = consumer('latest-reader');
    // Once a fetch has completed, the consumer's position (the latest offset) is settled.
    let fetched = false;
    c.on(c.events.FETCH, () => {
      fetched = true;
    });
    const received = await collect(c, 'latest', false);
    await waitFor('a first fetch', () => fetched);
    await p.send({ topic: 'latest', messages: [{ value: 'new-1' }, { value: 'new-2' }] });
    await waitFor('2 new records', () => received.length >= 2);
    expect(received.map((r) => r.value)).toEqual(['new-1', 'new-2']);
  });

  it('seeks to an offset', async () => {
    const p = await producer();
    await p.send({ topic: 'seek', messages: Array.from({ length: 10 }, (_, i) => ({ value: `s${i}` })) });
    const c = consumer('seeker');
    const received = await collect(c, 'seek', true);
    await waitFor('10 records', () => received.length >= 10);
    c.seek({ topic: 'seek', partition: 0, offset: '6' });
    await waitFor('the records after the seek', () => received.length >= 14);
    expect(received.slice(10).map((r) => r.value)).toEqual(['s6', 's7', 's8', 's9']);
  });

  it('creates topics and reports their metadata through the admin client', async () => {
    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    expect(await admin.createTopics({ topics: [{ topic: 'admin-topic', numPartitions: 3 }] })).toBe(true);
    expect(await admin.createTopics({ topics: [{ topic: 'admin-topic', numPartitions: 3 }] })).toBe(false);
    await expect(
      admin.createTopics({ topics: [{ topic: 'bad', replicationFactor: 3 }] }),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ type: 'INVALID_REPLICATION_FACTOR' })],
    });
    const metadata = await admin.fetchTopicMetadata({ topics: ['admin-topic'] });
    expect(metadata.topics).toEqual([
      {
        name: 'admin-topic',
        partitions: [0, 1, 2].map((partitionId) => ({
          partitionErrorCode: 0,
          partitionId,
          leader: 0,
          replicas: [0],
          isr: [0],
          offlineReplicas: [],
        })),
      },
    ]);
    expect(await admin.listTopics()).toContain('admin-topic');
    const cluster = await admin.describeCluster();
    expect(cluster).toMatchObject({
      controller: 0,
      brokers: [{ nodeId: 0, host: '127.0.0.1', port: broker.port }],
    });
    await admin.deleteTopics({ topics: ['admin-topic'] });
    expect(await admin.listTopics()).not.toContain('admin-topic');
  });

  it('finds offsets by timestamp', async () => {
    const p = await producer();
    const base = Date.now() - 60_000;
    await p.send({
      topic: 'by-time',
      messages: [0, 1, 2].map((i) => ({ value: `t${i}`, timestamp: String(base + i * 1000) })),
    });
    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    const [found] = await admin.fetchTopicOffsetsByTimestamp('by-time', base + 500);
    expect(found).toMatchObject({ partition: 0, offset: '1' });
  });
});
