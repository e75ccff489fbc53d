export { createKafkaBus, type KafkaBusOptions } from './kafka-bus.ts';
export type {
  BusLogger,
  IncomingRecord,
  MessageBus,
  OutgoingRecord,
  Publisher,
  SubscribeOptions,
  Subscription,
  TopicSpec,
} from './message-bus.ts';
export {
  createEnvelope,
  InvalidEventError,
  toRecord,
  type EventContext,
  type EventEnvelope,
} from './envelope.ts';
export { writeAllToOutbox, writeToOutbox } from './outbox.ts';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay.ts';
export {
  startEventConsumer,
  type EventConsumer,
  type EventConsumerOptions,
  type EventHandler,
} from './event-consumer.ts';
export { deadLetterTopic, DLQ_HEADERS, fromDeadLetter, toDeadLetter } from './dead-letters.ts';
export type { SqlTransaction, TransactionRunner } from './sql.ts';
export { OUTBOX_CHANNEL } from './sql.ts';
export {
  createEventDrivenService,
  registerMessaging,
  type EventDrivenServiceOptions,
  type ServiceMessagingOptions,
} from './service-messaging.ts';
export { pgTransactions } from './pg-transactions.ts';
