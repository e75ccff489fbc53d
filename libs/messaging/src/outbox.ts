import type { EventDefinition } from '@cchc/contracts';
import type { Static, TSchema } from 'typebox';
import { createEnvelope, type EventContext, type EventEnvelope } from './envelope.ts';
import { OUTBOX_CHANNEL, type SqlTransaction } from './sql.ts';

/**
 * Records events of one kind in the service's outbox inside the caller's transaction, so the change and its
 * events commit together or not at all. The relay publishes them after the commit, in the order given.
 */
export async function writeAllToOutbox<T extends TSchema>(
  tx: SqlTransaction,
  definition: EventDefinition<T>,
  data: readonly Static<T>[],
  context: EventContext,
): Promise<EventEnvelope[]> {
  const envelopes = data.map((item) => createEnvelope(definition, item, context));
  if (!envelopes.length) return envelopes;
  const rows = envelopes.map((envelope) => ({
    event_id: envelope.id,
    topic: definition.topic,
    key: envelope.subject,
    type: envelope.type,
    tenant: envelope.tenant,
    envelope,
  }));
  // One round trip however many events: the rows (WITH ORDINALITY keeps their order in the outbox's sequence),
  // and the notification PostgreSQL delivers to the relay when the transaction commits.
  await tx.$executeRawUnsafe(
    `WITH written AS (
       INSERT INTO outbox_event (event_id, topic, key, type, tenant, envelope)
       SELECT event.event_id, event.topic, event.key, event.type, event.tenant, event.envelope
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS item(value, position),
            jsonb_to_record(item.value) AS event(event_id uuid, topic text, key text, type text, tenant text, envelope jsonb)
       ORDER BY item.position
       RETURNING 1
     )
     SELECT pg_notify('${OUTBOX_CHANNEL}', '') WHERE EXISTS (SELECT 1 FROM written)`,
    JSON.stringify(rows),
  );
  return envelopes;
}

/** Records one event in the outbox inside the caller's transaction; see writeAllToOutbox. */
export async function writeToOutbox<T extends TSchema>(
  tx: SqlTransaction,
  definition: EventDefinition<T>,
  data: Static<T>,
  context: EventContext,
): Promise<EventEnvelope> {
  const [envelope] = await writeAllToOutbox(tx, definition, [data], context);
  return envelope!;
}
