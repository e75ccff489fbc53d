import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type ConsumerConfig,
  type EachMessagePayload,
} from 'kafkajs';

/** A kafkajs client for a test broker, quiet and with the settings short tests need. */
export function kafkaClient(port: number, clientId = 'test'): Kafka {
  return new Kafka({
    clientId,
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 5 },
  });
}

export const producerConfig = { createPartitioner: Partitioners.DefaultPartitioner };

/** Consumer settings for tests: short sessions and polls so rebalances take seconds, not tens of seconds. */
export const quickConsumer = (groupId: string): ConsumerConfig => ({
  groupId,
  sessionTimeout: 3000,
  rebalanceTimeout: 6000,
  heartbeatInterval: 200,
  maxWaitTimeInMs: 200,
});

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs a consumer that records every message's value and offset. */
export async function collect(
  consumer: Consumer,
  topic: string,
  fromBeginning: boolean,
): Promise<{ offset: string; partition: number; value: string }[]> {
  const received: { offset: string; partition: number; value: string }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning });
  await consumer.run({
    eachMessage: async ({ message, partition }: EachMessagePayload) => {
      received.push({ offset: message.offset, partition, value: message.value?.toString() ?? '' });
    },
  });
  return received;
}
