import type { EventDefinition } from './define-event.ts';
import * as contests from './events/contests.ts';
import * as judging from './events/judging.ts';
import * as registry from './events/registry.ts';

const isEvent = (value: unknown): value is EventDefinition =>
  typeof value === 'object' && value !== null && 'envelope' in value && 'topic' in value;

/** Every event of the platform, each type and version declared once, in type order. */
export const catalog: readonly EventDefinition[] = (
  [...Object.values(registry), ...Object.values(contests), ...Object.values(judging)] as unknown[]
)
  .filter(isEvent)
  .sort((a, b) => a.type.localeCompare(b.type));

const byType = new Map(catalog.map((event) => [event.type, event]));

/** The declaration of an event type, or undefined for a type this build does not know. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}

/** Topics and the events on each, in catalogue order. */
export function topics(): Map<string, EventDefinition[]> {
  const result = new Map<string, EventDefinition[]>();
  for (const event of catalog) result.set(event.topic, [...(result.get(event.topic) ?? []), event]);
  return result;
}
