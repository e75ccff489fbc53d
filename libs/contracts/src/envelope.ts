import { Type, type Static, type TSchema } from 'typebox';

/** Province codes: the tenant of every event (e.g. `CB` for Cao Bằng, `KH` for Khánh Hòa). */
export const ProvinceCode = Type.String({
  pattern: '^[A-Z]{2,16}$',
  description: 'Province code (the tenant)',
});

/**
 * The CloudEvents 1.0 attributes every event carries, plus `tenant` (the province) and W3C `traceparent`.
 * Unknown extra attributes are allowed so that a newer producer does not break an older consumer.
 */
export function envelopeSchema<T extends TSchema>(type: string, data: T) {
  return Type.Object({
    specversion: Type.Literal('1.0'),
    id: Type.String({ format: 'uuid', description: 'Unique per event; consumers deduplicate on it' }),
    source: Type.String({ minLength: 1, description: 'The producing service, e.g. /cchc/submissions' }),
    type: Type.Literal(type),
    time: Type.String({ format: 'date-time' }),
    subject: Type.String({
      minLength: 1,
      description: 'Id of the aggregate the event is about; also the Kafka key',
    }),
    datacontenttype: Type.Literal('application/json'),
    tenant: ProvinceCode,
    traceparent: Type.Optional(
      Type.String({ pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' }),
    ),
    data,
  });
}

export type Envelope<T extends TSchema> = Static<ReturnType<typeof envelopeSchema<T>>>;
