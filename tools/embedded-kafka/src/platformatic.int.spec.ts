import './testing/promise-with-resolvers.ts';
import {
  Admin,
  Consumer,
  MessagesStreamModes,
  Producer,
  stringDeserializers,
  stringSerializers,
  type MessagesStream,
} from '@platformatic/kafka';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { waitFor } from './testing/kafkajs.ts';

type StringStream = MessagesStream<string, string, string, string>;

describe('@platformatic/kafka against the broker', () => {
  let broker: BrokerHandle;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    broker = await startBroker({ port: 0, inMemory: true, log: () => {} });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await broker.stop();
  });

  const bootstrapBrokers = () => [`127.0.0.1:${broker.port}`];

  function producer(idempotent = false): Producer<string, string, string, string> {
    const p = new Producer({
      clientId: 'plt-producer',
      bootstrapBrokers: bootstrapBrokers(),
      serializers: stringSerializers,
      idempotent,
      // Unlike kafkajs, this client does not ask for auto-creation unless told to.
      autocreateTopics: true,
    });
    cleanups.push(() => p.close());
    return p;
  }

  function consumer(groupId: string): Consumer<string, string, string, string> {
    const c = new Consumer({
      groupId,
      clientId: `plt-${groupId}`,
      bootstrapBrokers: bootstrapBrokers(),
      deserializers: stringDeserializers,
      sessionTimeout: 3000,
      rebalanceTimeout: 6000,
      heartbeatInterval: 200,
      maxWaitTime: 200,
    });
    cleanups.push(() => c.close(true));
    return c;
  }

  function gather(stream: StringStream): { key: string; value: string; offset: bigint; partition: number }[] {
    const received: { key: string; value: string; offset: bigint; partition: number }[] = [];
    stream.on('data', (message) => {
      received.push({
        key: message.key,
        value: message.value,
        offset: message.offset,
        partition: message.partition,
      });
    });
    return received;
  }

  it('produces, with and without idempotence', async () => {
    const plain = await producer().send({
      messages: [
        { topic: 'plt-produce', key: 'a', value: 'one' },
        { topic: 'plt-produce', key: 'b', value: 'two' },
      ],
    });
    expect(plain.offsets).toEqual([{ topic: 'plt-produce', partition: 0, offset: 0n }]);
    const idempotent = await producer(true).send({
      messages: [{ topic: 'plt-produce', key: 'c', value: 'three' }],
    });
    expect(idempotent.offsets).toEqual([{ topic: 'plt-produce', partition: 0, offset: 2n }]);
  });

  it('consumes from the earliest offset', async () => {
    await producer().send({
      messages: Array.from({ length: 5 }, (_, i) => ({ topic: 'plt-consume', key: `k${i}`, value: `v${i}` })),
    });
    const stream = await consumer('plt-reader').consume({
      topics: ['plt-consume'],
      mode: MessagesStreamModes.EARLIEST,
    });
    const received = gather(stream);
    await waitFor('5 records', () => received.length >= 5);
    expect(received.map((r) => [r.key, r.value, r.offset])).toEqual(
      Array.from({ length: 5 }, (_, i) => [`k${i}`, `v${i}`, BigInt(i)]),
    );
  });

  it('shares partitions in a consumer group and commits offsets', async () => {
    const admin = new Admin({ clientId: 'plt-admin', bootstrapBrokers: bootstrapBrokers() });
    cleanups.push(() => admin.close());
    await admin.createTopics({ topics: ['plt-group'], partitions: 4, replicas: 1 });
    const first = gather(
      await consumer('plt-group').consume({
        topics: ['plt-group'],
        mode: MessagesStreamModes.COMMITTED,
        autocommit: 100,
      }),
    );
    const second = gather(
      await consumer('plt-group').consume({
        topics: ['plt-group'],
        mode: MessagesStreamModes.COMMITTED,
        autocommit: 100,
      }),
    );
    await waitFor('the group to be stable with two members', async () => {
      const [group] = [...(await admin.describeGroups({ groups: ['plt-group'] })).values()];
      return group?.state === 'Stable' && group.members.size === 2;
    });
    await producer().send({
      messages: [0, 1, 2, 3].map((partition) => ({
        topic: 'plt-group',
        partition,
        key: `p${partition}`,
        value: `${partition}`,
      })),
    });
    await waitFor('4 records', () => first.length + second.length >= 4);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect([...first, ...second].map((r) => r.value).sort()).toEqual(['0', '1', '2', '3']);
    await waitFor('the commits', async () => {
      const committed = await admin.listConsumerGroupOffsets({ groups: ['plt-group'] });
      const partitions = committed[0]?.topics[0]?.partitions ?? [];
      return partitions.length === 4 && partitions.every((p) => p.committedOffset === 1n);
    });
  });
});
