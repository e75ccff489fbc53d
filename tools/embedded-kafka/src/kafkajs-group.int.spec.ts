import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Consumer } from 'kafkajs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { collect, kafkaClient, producerConfig, quickConsumer, waitFor } from './testing/kafkajs.ts';

const PARTITIONS = 6;
const ALL = Array.from({ length: PARTITIONS }, (_, i) => i);

interface Member {
  consumer: Consumer;
  assignment: number[];
  received: string[];
}

describe('kafkajs consumer groups', () => {
  let broker: BrokerHandle;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    broker = await startBroker({ port: 0, inMemory: true, log: () => {} });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await broker.stop();
  });

  async function createTopic(topic: string): Promise<void> {
    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }] });
    await admin.disconnect();
  }

  async function member(groupId: string, topic: string): Promise<Member> {
    const consumer = kafkaClient(broker.port).consumer(quickConsumer(groupId));
    const state: Member = { consumer, assignment: [], received: [] };
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      state.assignment = event.payload.memberAssignment[topic] ?? [];
    });
    await consumer.connect();
    cleanups.push(() => consumer.disconnect());
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        state.received.push(message.value?.toString() ?? '');
      },
    });
    return state;
  }

  function spawnMember(groupId: string, topic: string): { child: ChildProcess; assignment: () => number[] } {
    const script = fileURLToPath(new URL('./testing/group-member.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(broker.port), groupId, topic], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanups.push(() => {
      child.kill('SIGKILL');
    });
    let assignment: number[] = [];
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) assignment = JSON.parse(line) as number[];
    });
    return { child, assignment: () => assignment };
  }

  /** True when the assignments are disjoint, cover every partition and are balanced. */
  function balanced(assignments: number[][]): boolean {
    const all = assignments.flat().sort((a, b) => a - b);
    const even = assignments.every((a) => a.length === PARTITIONS / assignments.length);
    return even && JSON.stringify(all) === JSON.stringify(ALL);
  }

  async function produceToEveryPartition(topic: string, label: string): Promise<string[]> {
    const producer = kafkaClient(broker.port).producer(producerConfig);
    await producer.connect();
    const values = ALL.map((partition) => `${label}-${partition}`);
    await producer.send({
      topic,
      messages: ALL.map((partition) => ({ partition, value: `${label}-${partition}` })),
    });
    await producer.disconnect();
    return values;
  }

  it('rebalances a group of three when one member leaves', async () => {
    await createTopic('trio-leave');
    const members = [
      await member('trio-leave', 'trio-leave'),
      await member('trio-leave', 'trio-leave'),
      await member('trio-leave', 'trio-leave'),
    ];
    await waitFor('three balanced members', () => balanced(members.map((m) => m.assignment)));

    const [a, b, c] = members as [Member, Member, Member];
    await c.consumer.disconnect();
    await waitFor('two members to take over', () => balanced([a.assignment, b.assignment]));
    const values = await produceToEveryPartition('trio-leave', 'after-leave');
    await waitFor('every record', () => a.received.length + b.received.length >= PARTITIONS);
    expect([...a.received, ...b.received].sort()).toEqual(values.sort());
  });

  it('rebalances a group of three when one member dies', async () => {
    await createTopic('trio-death');
    const a = await member('trio-death', 'trio-death');
    const b = await member('trio-death', 'trio-death');
    const doomed = spawnMember('trio-death', 'trio-death');
    await waitFor(
      'three balanced members',
      () => balanced([a.assignment, b.assignment, doomed.assignment()]),
      30_000,
    );

    // SIGKILL: no LeaveGroup is sent, so only the session timeout can remove the member.
    doomed.child.kill('SIGKILL');
    await waitFor('two members to take over', () => balanced([a.assignment, b.assignment]), 30_000);
    const values = await produceToEveryPartition('trio-death', 'after-death');
    await waitFor('every record', () => a.received.length + b.received.length >= PARTITIONS);
    expect([...a.received, ...b.received].sort()).toEqual(values.sort());
  });

  it('resumes from committed offsets after the consumer restarts', async () => {
    const producer = kafkaClient(broker.port).producer(producerConfig);
    await producer.connect();
    cleanups.push(() => producer.disconnect());
    await producer.send({
      topic: 'resume',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `r${i}` })),
    });

    const first = kafkaClient(broker.port).consumer(quickConsumer('resumer'));
    const before = await collect(first, 'resume', true);
    await waitFor('10 records', () => before.length >= 10);
    await first.disconnect();

    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    const [committed] = await admin.fetchOffsets({ groupId: 'resumer', topics: ['resume'] });
    expect(committed?.partitions).toEqual([{ partition: 0, offset: '10', metadata: null }]);

    await producer.send({
      topic: 'resume',
      messages: Array.from({ length: 5 }, (_, i) => ({ value: `r${10 + i}` })),
    });
    const second = kafkaClient(broker.port).consumer(quickConsumer('resumer'));
    cleanups.push(() => second.disconnect());
    const after = await collect(second, 'resume', true);
    await waitFor('5 new records', () => after.length >= 5);
    expect(after.map((r) => r.value)).toEqual(['r10', 'r11', 'r12', 'r13', 'r14']);

    const groups = await admin.listGroups();
    expect(groups.groups).toContainEqual({ groupId: 'resumer', protocolType: 'consumer' });
    const described = await admin.describeGroups(['resumer']);
    expect(described.groups[0]).toMatchObject({
      groupId: 'resumer',
      state: 'Stable',
      protocol: 'RoundRobinAssigner',
    });
  });
});
