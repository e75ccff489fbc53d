import { randomUUID } from 'node:crypto';
import type { EventDefinition } from '@cchc/contracts';
import type { Static, TSchema } from 'typebox';
import type { OutgoingRecord } from './message-bus.ts';

export interface EventContext {
  /** The producing service, e.g. `/cchc/submissions`. */
  source: string;
  /** Province code of the tenant the event belongs to. */
  tenant: string;
  /** W3C trace context of the request that caused the event, when there is one. */
  traceparent?: string;
}

export interface EventEnvelope {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  tenant: string;
  traceparent?: string;
  data: unknown;
}

/** A thrown error, because an event that breaks its own contract is a bug of the producer. */
export class InvalidEventError extends Error {}

/** Builds and checks the envelope of one event. */
export function createEnvelope<T extends TSchema>(
  definition: EventDefinition<T>,
  data: Static<T>,
  context: EventContext,
  now = new Date(),
): EventEnvelope {
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id: randomUUID(),
    source: context.source,
    type: definition.type,
    time: now.toISOString(),
    subject: definition.key(data),
    datacontenttype: 'application/json',
    tenant: context.tenant,
    ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    data,
  };
  const problems = definition.check(envelope);
  if (problems.length)
    throw new InvalidEventError(`${definition.type} does not match its schema: ${problems.join('; ')}`);
  return envelope;
}

/** The Kafka record of an envelope: JSON value, aggregate id as key, CloudEvents attributes as ce_* headers. */
export function toRecord(topic: string, envelope: EventEnvelope): OutgoingRecord {
  const headers: Record<string, string> = {
    ce_specversion: envelope.specversion,
    ce_id: envelope.id,
    ce_source: envelope.source,
    ce_type: envelope.type,
    ce_time: envelope.time,
    ce_subject: envelope.subject,
    ce_tenant: envelope.tenant,
    'content-type': 'application/cloudevents+json',
  };
  if (envelope.traceparent) headers['traceparent'] = envelope.traceparent;
  return { topic, key: envelope.subject, value: JSON.stringify(envelope), headers };
}
