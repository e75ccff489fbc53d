import { connect } from 'node:net';
import kafkajs, { type ISocketFactory, type KafkaMessage } from 'kafkajs';
import type {
  BusLogger,
  IncomingRecord,
  MessageBus,
  Publisher,
  Subscription,
  TopicSpec,
} from './message-bus.ts';

const { Kafka, logLevel } = kafkajs;

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  logger: BusLogger;
  /** How long a consumer may be silent before the group drops it. */
  sessionTimeoutMs?: number;
}

// kafkajs leaves Nagle's algorithm on; small requests then wait for delayed ACKs (40 ms on Linux).
const noDelaySocket: ISocketFactory = ({ host, port, onConnect }) => {
  const socket = connect({ host, port, noDelay: true }, onConnect);
  socket.setKeepAlive(true, 60_000);
  return socket;
};

/**
 * How long the broker may hold an empty fetch. A record arriving ends the wait at once, so this does not add
 * latency; it bounds how long stopping a consumer waits for the fetch in flight (kafkajs' default is 5 s).
 */
const FETCH_MAX_WAIT_MS = 500;

const levels: Record<number, keyof BusLogger> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

function headersOf(raw: Record<string, unknown> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined && single !== null) headers[name] = single.toString();
  }
  return headers;
}

function incomingRecord(topic: string, partition: number, message: KafkaMessage): IncomingRecord {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value: message.value,
    headers: headersOf(message.headers as Record<string, unknown> | undefined),
  };
}

/** The message bus on kafkajs: the only place in the platform that uses the Kafka client. */
export function createKafkaBus(options: KafkaBusOptions): MessageBus {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, ...context } = log;
        options.logger[levels[level] ?? 'info'](`kafka: ${message}`, context);
      },
    retry: { initialRetryTime: 100, retries: 8 },
    socketFactory: noDelaySocket,
  });
  const admin = kafka.admin();
  let adminConnected: Promise<void> | undefined;
  const connectedAdmin = async () => {
    adminConnected ??= admin.connect().catch((error: unknown) => {
      adminConnected = undefined;
      throw error;
    });
    await adminConnected;
    return admin;
  };
  const opened: { disconnect(): Promise<void> }[] = [];

  return {
    async publisher(): Promise<Publisher> {
      // Idempotent with one request in flight: retries neither duplicate nor reorder records.
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      opened.push(producer);
      return {
        async send(records) {
          if (!records.length) return;
          // One entry per topic with its records in order, so each partition receives them in order.
          const byTopic = new Map<
            string,
            { key: string; value: string; headers: Record<string, string> }[]
          >();
          for (const record of records) {
            const messages = byTopic.get(record.topic) ?? [];
            messages.push({ key: record.key, value: record.value, headers: record.headers });
            byTopic.set(record.topic, messages);
          }
          await producer.sendBatch({
            acks: -1,
            topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
          });
        },
        disconnect: () => producer.disconnect(),
      };
    },

    async subscribe(subscribe): Promise<Subscription> {
      const consumer = kafka.consumer({
        groupId: subscribe.groupId,
        sessionTimeout: options.sessionTimeoutMs ?? 30_000,
        heartbeatInterval: Math.min(3000, Math.floor((options.sessionTimeoutMs ?? 30_000) / 3)),
        maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
      });
      await consumer.connect();
      opened.push(consumer);
      await consumer.subscribe({ topics: subscribe.topics, fromBeginning: subscribe.fromBeginning ?? true });
      const maxBatchSize = subscribe.maxBatchSize ?? 100;
      await consumer.run({
        autoCommit: true,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: subscribe.concurrency ?? 1,
        eachBatch: async ({
          batch,
          resolveOffset,
          heartbeat,
          commitOffsetsIfNecessary,
          isRunning,
          isStale,
        }) => {
          for (let start = 0; start < batch.messages.length; start += maxBatchSize) {
            // Stopping, or the partition went to another member in a rebalance: leave the rest to the next owner.
            if (!isRunning() || isStale()) return;
            const chunk = batch.messages.slice(start, start + maxBatchSize);
            await subscribe.handleBatch(
              chunk.map((message) => incomingRecord(batch.topic, batch.partition, message)),
            );
            resolveOffset(chunk.at(-1)!.offset);
            await commitOffsetsIfNecessary();
            await heartbeat();
          }
        },
      });
      return { stop: () => consumer.disconnect() };
    },

    async ensureTopics(topics: TopicSpec[]) {
      const client = await connectedAdmin();
      const existing = new Set(await client.listTopics());
      const missing = topics.filter((spec) => !existing.has(spec.topic));
      if (!missing.length) return;
      await client.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({ topic: spec.topic, numPartitions: spec.partitions })),
      });
    },

    async ping() {
      const client = await connectedAdmin();
      await client.describeCluster();
    },

    async lag(groupId, topics) {
      const client = await connectedAdmin();
      let behind = 0;
      const committed = await client.fetchOffsets({ groupId, topics });
      for (const { topic, partitions } of committed) {
        const ends = await client.fetchTopicOffsets(topic);
        for (const end of ends) {
          const done = partitions.find((partition) => partition.partition === end.partition);
          const position = done && Number(done.offset) >= 0 ? Number(done.offset) : Number(end.low);
          behind += Math.max(0, Number(end.high) - position);
        }
      }
      return behind;
    },

    async readAll(topic) {
      const client = await connectedAdmin();
      if (!(await client.listTopics()).includes(topic)) return [];
      const ends = new Map(
        (await client.fetchTopicOffsets(topic)).map((end) => [end.partition, Number(end.high)]),
      );
      const remaining = () => [...ends.values()].some((high) => high > 0);
      const records: IncomingRecord[] = [];
      if (!remaining()) return records;
      // A throw-away group that commits nothing: reading must not move anyone's position.
      const reader = kafka.consumer({
        groupId: `${options.clientId}-reader-${process.pid}-${Date.now()}`,
        maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
      });
      await reader.connect();
      try {
        await reader.subscribe({ topics: [topic], fromBeginning: true });
        await new Promise<void>((resolve, reject) => {
          reader
            .run({
              autoCommit: false,
              eachMessage: async ({ partition, message }) => {
                records.push(incomingRecord(topic, partition, message));
                if (Number(message.offset) + 1 >= (ends.get(partition) ?? 0)) ends.set(partition, 0);
                if (!remaining()) resolve();
              },
            })
            .catch(reject);
        });
      } finally {
        await reader.disconnect();
      }
      return records;
    },

    async endOffsets(topics) {
      const client = await connectedAdmin();
      const existing = new Set(await client.listTopics());
      let total = 0;
      for (const topic of topics.filter((name) => existing.has(name))) {
        for (const end of await client.fetchTopicOffsets(topic)) total += Number(end.high);
      }
      return total;
    },

    async disconnect() {
      await Promise.all(opened.splice(0).map((client) => client.disconnect()));
      if (adminConnected) await admin.disconnect();
    },
  };
}
