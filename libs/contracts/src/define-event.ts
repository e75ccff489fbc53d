import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { envelopeSchema } from './envelope.ts';

const EVENT_TYPE = /^(submissions|judging|rewards|reporting)\.[a-z-]+\.[a-z-]+\.v[1-9][0-9]*$/;

export interface EventDefinition<T extends TSchema = TSchema> {
  /** `<service>.<aggregate>.<verb>.v<N>`. */
  type: string;
  /** Kafka topic the event is published to; all versions of an aggregate's events share it. */
  topic: string;
  /** The service that owns and publishes it. */
  producer: string;
  description: string;
  data: T;
  envelope: ReturnType<typeof envelopeSchema<T>>;
  /** The aggregate id: Kafka key and CloudEvents subject, so one aggregate's events stay in order. */
  key(data: Static<T>): string;
  /** Checks a whole envelope; returns the problems, empty when valid. */
  check(value: unknown): string[];
}

/** Declares one event type and version; the catalogue collects every declaration. */
export function defineEvent<T extends TSchema>(spec: {
  type: string;
  topic: string;
  description: string;
  data: T;
  key: (data: Static<T>) => string;
}): EventDefinition<T> {
  if (!EVENT_TYPE.test(spec.type))
    throw new Error(`event type ${spec.type} is not <service>.<aggregate>.<verb>.v<N>`);
  const envelope = envelopeSchema(spec.type, spec.data);
  const validator = Compile(envelope);
  return {
    ...spec,
    producer: spec.type.split('.')[0]!,
    envelope,
    check(value) {
      if (validator.Check(value)) return [];
      return [...validator.Errors(value)].map((error) => `${error.instancePath || '/'} ${error.message}`);
    },
  };
}
