import { eventDefinition, type EventDefinition } from '@cchc/contracts';
import { scopeToProvince } from '@cchc/tenancy';
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
  /** Events of one partition whose effects are taken in one transaction; default 100. */
  maxBatchSize?: number;
  /** Attempts before a failing event is parked on the dead-letter topic. */
  maxAttempts?: number;
  initialBackoffMs?: number;
}

export interface EventConsumer extends Subscription {
  topics: string[];
}

class PoisonEventError extends Error {}

interface ReadyEvent<Tx extends SqlTransaction> {
  record: IncomingRecord;
  envelope: EventEnvelope;
  handler: EventHandler<Tx>;
}

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
 * effects, so a redelivered event changes nothing. The events of one partition are taken in batches, one
 * transaction per batch. An event that fails its schema goes straight to the dead-letter
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

  /** Inbox rows for the events, skipping those already recorded; returns the ids that are new. */
  const recordInInbox = async (tx: Tx, events: ReadyEvent<Tx>[]) => {
    const rows = await tx.$queryRawUnsafe<{ event_id: string }[]>(
      `INSERT INTO inbox_event (consumer, event_id, type, topic, partition, "offset")
       SELECT $1, event.event_id, event.type, event.topic, event.partition, event."offset"
       FROM jsonb_to_recordset($2::jsonb)
            AS event(event_id uuid, type text, topic text, partition int, "offset" bigint)
       ON CONFLICT DO NOTHING
       RETURNING event_id::text`,
      options.name,
      JSON.stringify(
        events.map(({ record, envelope }) => ({
          event_id: envelope.id,
          type: envelope.type,
          topic: record.topic,
          partition: record.partition,
          offset: record.offset,
        })),
      ),
    );
    return new Set(rows.map((row) => row.event_id));
  };

  /** Takes the effects of the events, in order, in one transaction with their inbox rows. */
  const takeEffects = (events: ReadyEvent<Tx>[]) =>
    options.transaction(async (tx) => {
      const fresh = await recordInInbox(tx, events);
      for (const { envelope, handler } of events) {
        // delete: the same event twice in one batch takes effect once.
        if (!fresh.delete(envelope.id)) continue;
        // An event's effects belong to its province: row-level security refuses any other.
        await scopeToProvince(tx, envelope.tenant);
        await handler(tx, envelope);
      }
    });

  /** One event on its own, retried with backoff, parked on the dead-letter topic when it keeps failing. */
  const takeEffectWithRetries = async (event: ReadyEvent<Tx>) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await takeEffects([event]);
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (attempt >= maxAttempts) return park(event.record, `failed ${attempt} times: ${reason}`);
        options.logger.warn('event handler failed; retrying', {
          type: event.envelope.type,
          attempt,
          reason,
        });
        await sleep(initialBackoffMs * 2 ** (attempt - 1));
      }
    }
  };

  const subscription = await options.bus.subscribe({
    groupId: options.name,
    topics,
    fromBeginning: true,
    concurrency: options.concurrency ?? 4,
    maxBatchSize: options.maxBatchSize,
    handleBatch: async (records) => {
      const ready: ReadyEvent<Tx>[] = [];
      for (const record of records) {
        let parsed: ReturnType<typeof parse>;
        try {
          parsed = parse(record);
        } catch (error) {
          await park(record, (error as Error).message);
          continue;
        }
        const handler = options.handlers[parsed.envelope.type];
        // Another type on a followed topic (a version this consumer does not handle) is not its business.
        if (handler) ready.push({ record, envelope: parsed.envelope, handler });
      }
      if (!ready.length) return;
      // One transaction for the batch; when it fails nothing of it stays, and the events go one by one so
      // that only the failing one is retried and parked.
      try {
        await takeEffects(ready);
      } catch (error) {
        if (ready.length === 1) return takeEffectWithRetries(ready[0]!);
        options.logger.warn('a batch of events failed; taking them one by one', {
          events: ready.length,
          reason: error instanceof Error ? error.message : String(error),
        });
        for (const event of ready) await takeEffectWithRetries(event);
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
