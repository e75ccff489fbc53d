import type { EventDefinition } from '@cchc/contracts';
import type { Static, TSchema } from 'typebox';
import { createEnvelope, type EventContext, type EventEnvelope } from './envelope.ts';
import { OUTBOX_CHANNEL, type SqlTransaction } from './sql.ts';

/**
 * Records an event in the service's outbox inside the caller's transaction, so the change and its event commit
 * together or not at all. The relay publishes it after the commit.
 */
export async function writeToOutbox<T extends TSchema>(
  tx: SqlTransaction,
  definition: EventDefinition<T>,
  data: Static<T>,
  context: EventContext,
): Promise<EventEnvelope> {
  const envelope = createEnvelope(definition, data, context);
  // One round trip: the row, and the notification PostgreSQL delivers to the relay when the transaction commits.
  await tx.$executeRawUnsafe(
    `WITH written AS (
       INSERT INTO outbox_event (event_id, topic, key, type, tenant, envelope)
       VALUES ($1::uuid, $2, $3, $4, $5, $6::jsonb) RETURNING 1
     )
     SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM written`,
    envelope.id,
    definition.topic,
    envelope.subject,
    envelope.type,
    envelope.tenant,
    JSON.stringify(envelope),
  );
  return envelope;
}
