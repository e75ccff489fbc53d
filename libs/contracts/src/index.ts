export { catalog, eventDefinition, topics } from './catalog.ts';
export { defineEvent, type EventDefinition } from './define-event.ts';
export { envelopeSchema, ProvinceCode, type Envelope } from './envelope.ts';
export * from './events/registry.ts';
export * from './events/contests.ts';
export * from './events/judging.ts';
