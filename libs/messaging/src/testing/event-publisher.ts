import type { EventDefinition } from '@cchc/contracts';
import type { Static, TSchema } from 'typebox';
import { createEnvelope, createKafkaBus, toRecord } from '../index.ts';
import { recordingLogger } from './silent-logger.ts';

export interface EventPublisher {
  /** Publishes an event to the broker as another service's outbox relay would. */
  publish<T extends TSchema>(definition: EventDefinition<T>, data: Static<T>, tenant: string): Promise<void>;
  stop(): Promise<void>;
}

/** A publisher of another service's events, for a service's tests: `source` is that service's CloudEvents source. */
export async function startEventPublisher(brokers: string, source: string): Promise<EventPublisher> {
  const publisher = await createKafkaBus({
    brokers: [brokers],
    clientId: 'test-publisher',
    logger: recordingLogger(),
  }).publisher();
  return {
    async publish(definition, data, tenant) {
      const envelope = createEnvelope(definition, data, { source, tenant });
      await publisher.send([toRecord(definition.topic, envelope)]);
    },
    stop: () => publisher.disconnect(),
  };
}
