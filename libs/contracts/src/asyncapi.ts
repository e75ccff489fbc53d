import { catalog, topics } from './catalog.ts';

const ref = (path: string) => ({ $ref: `#/${path}` });
const operationId = (type: string) => `publish.${type}`;

/** The AsyncAPI 3.0 document of the catalogue: what analytics teams read to consume the streams. */
export function asyncApiDocument(version: string): Record<string, unknown> {
  const channels = Object.fromEntries(
    [...topics()].map(([topic, events]) => [
      topic,
      {
        address: topic,
        description: `Events of ${events[0]!.producer}; the Kafka key is the aggregate id (also the CloudEvents subject).`,
        messages: Object.fromEntries(
          events.map((event) => [event.type, ref(`components/messages/${event.type}`)]),
        ),
      },
    ]),
  );
  const operations = Object.fromEntries(
    catalog.map((event) => [
      operationId(event.type),
      {
        action: 'send',
        channel: ref(`channels/${event.topic}`),
        messages: [ref(`channels/${event.topic}/messages/${event.type}`)],
        summary: `${event.producer} publishes ${event.type}`,
      },
    ]),
  );
  const messages = Object.fromEntries(
    catalog.map((event) => [
      event.type,
      {
        name: event.type,
        title: event.type,
        summary: event.description,
        contentType: 'application/cloudevents+json',
        headers: {
          type: 'object',
          description: 'CloudEvents Kafka protocol binding (binary attributes mirrored as headers)',
          properties: {
            ce_specversion: { type: 'string', const: '1.0' },
            ce_id: { type: 'string' },
            ce_type: { type: 'string', const: event.type },
            ce_source: { type: 'string' },
            ce_subject: { type: 'string' },
            ce_time: { type: 'string' },
            ce_tenant: { type: 'string' },
            traceparent: { type: 'string' },
          },
        },
        payload: JSON.parse(JSON.stringify(event.envelope)),
        bindings: {
          kafka: { key: { type: 'string', description: 'aggregate id' }, bindingVersion: '0.5.0' },
        },
      },
    ]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CCHC initiatives platform events',
      version,
      description:
        'Every event the services publish. Each record value is a CloudEvents 1.0 JSON envelope with `tenant` ' +
        '(province code) and `traceparent`; the `data` schema is versioned in the type name.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      kafka: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description: 'Apache Kafka (or the embedded broker of npm start)',
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
