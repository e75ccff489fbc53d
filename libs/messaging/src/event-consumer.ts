import { eventDefinition, type EventDefinition } from '@cchc/contracts';
import { toDeadLetter } from './dead-letters.ts';
import type { EventEnvelope } from './envelope.ts';
import type { BusLogger, IncomingRecord, MessageBus, Publisher, Subscription } from './message-bus.ts';
import type { SqlTransaction, TransactionRunner } from './sql.ts';

/** Takes the effect of one event inside the transaction that also records it in the inbox. */
export type EventHandler<Tx extends SqlTransaction> = (tx: Tx, event: EventEnvelope) => Promise<void>;

export interface EventConsumerOptions<Tx extends SqlTransaction> {
  bus: MessageBus;
  logger: BusLogger;
  /** Consumer group, also the name recorded in the inbox. */
  name: string;
  /** Handlers by event type; the topics to follow come from the catalogue. */
  handlers: Record<string, EventHandler<Tx>>;
  transaction: TransactionRunner<Tx>;
  /** Partitions handled at the same time (each in order); default 4. */
  concurrency?: number;
  /** Attempts before a failing event is parked on the dead-letter topic. */
  maxAttempts?: number;
  initialBackoffMs?: number;
}

export interface EventConsumer extends Subscription {
  topics: string[];
}

class PoisonEventError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parse(record: IncomingRecord): { envelope: EventEnvelope; definition: EventDefinition | undefined } {
  let envelope: unknown;
  try {
    envelope = JSON.parse(record.value?.toString() ?? '');
  } catch {
    throw new PoisonEventError('the value is not JSON');
  }
  const type = (envelope as { type?: unknown } | null)?.type;
  if (typeof type !== 'string') throw new PoisonEventError('the envelope has no type');
  const definition = eventDefinition(type);
  if (definition) {
    const problems = definition.check(envelope);
    if (problems.length)
      throw new PoisonEventError(`${type} does not match its schema: ${problems.join('; ')}`);
  }
  return { envelope: envelope as EventEnvelope, definition };
}

/**
 * Consumes events with exactly-once effects: each event's id goes into the inbox in the same transaction as its
 * effects, so a redelivered event changes nothing. An event that fails its schema goes straight to the dead-letter
 * topic; one whose handler keeps failing goes there after bounded retries with backoff. Either way the partition
 * moves on.
 */
export async function startEventConsumer<Tx extends SqlTransaction>(
  options: EventConsumerOptions<Tx>,
): Promise<EventConsumer> {
  const maxAttempts = options.maxAttempts ?? 5;
  const initialBackoffMs = options.initialBackoffMs ?? 200;
  const topics = [
    ...new Set(
      Object.keys(options.handlers).map((type) => {
        const definition = eventDefinition(type);
        if (!definition)
          throw new Error(`${options.name} handles ${type}, which the catalogue does not declare`);
        return definition.topic;
      }),
    ),
  ];
  let deadLetters: Publisher | undefined;
  const park = async (record: IncomingRecord, reason: string) => {
    options.logger.error('event parked on the dead-letter topic', {
      topic: record.topic,
      offset: record.offset,
      reason,
    });
    deadLetters ??= await options.bus.publisher();
    await deadLetters.send([toDeadLetter(record, options.name, reason)]);
  };

  const takeEffect = (record: IncomingRecord, envelope: EventEnvelope, handler: EventHandler<Tx>) =>
    options.transaction(async (tx) => {
      const inserted = await tx.$executeRawUnsafe(
        `INSERT INTO inbox_event (consumer, event_id, type, topic, partition, "offset")
         VALUES ($1, $2::uuid, $3, $4, $5, $6::bigint) ON CONFLICT DO NOTHING`,
        options.name,
        envelope.id,
        envelope.type,
        record.topic,
        record.partition,
        record.offset,
      );
      if (inserted === 0) return;
      await handler(tx, envelope);
    });

  const subscription = await options.bus.subscribe({
    groupId: options.name,
    topics,
    fromBeginning: true,
    concurrency: options.concurrency ?? 4,
    handle: async (record) => {
      let parsed: ReturnType<typeof parse>;
      try {
        parsed = parse(record);
      } catch (error) {
        return park(record, (error as Error).message);
      }
      const handler = options.handlers[parsed.envelope.type];
      // Another type on a followed topic (a version this consumer does not handle) is not its business.
      if (!handler) return;
      for (let attempt = 1; ; attempt++) {
        try {
          await takeEffect(record, parsed.envelope, handler);
          return;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          if (attempt >= maxAttempts) return park(record, `failed ${attempt} times: ${reason}`);
          options.logger.warn('event handler failed; retrying', {
            type: parsed.envelope.type,
            attempt,
            reason,
          });
          await sleep(initialBackoffMs * 2 ** (attempt - 1));
        }
      }
    },
  });

  return {
    topics,
    async stop() {
      await subscription.stop();
      await deadLetters?.disconnect();
    },
  };
}
