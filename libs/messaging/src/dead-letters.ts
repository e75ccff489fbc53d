import type { IncomingRecord, OutgoingRecord } from './message-bus.ts';

/** Where a consumer parks records it cannot take: the topic's name with `.dlq`. */
export const deadLetterTopic = (topic: string) => `${topic}.dlq`;

export const DLQ_HEADERS = {
  error: 'dlq_error',
  consumer: 'dlq_consumer',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  failedAt: 'dlq_failed_at',
} as const;

/** The dead letter of a record: same key and value, the original headers, and why and where it failed. */
export function toDeadLetter(record: IncomingRecord, consumer: string, error: string): OutgoingRecord {
  return {
    topic: deadLetterTopic(record.topic),
    key: record.key ?? '',
    value: record.value?.toString() ?? '',
    headers: {
      ...record.headers,
      [DLQ_HEADERS.error]: error.slice(0, 2000),
      [DLQ_HEADERS.consumer]: consumer,
      [DLQ_HEADERS.originalTopic]: record.topic,
      [DLQ_HEADERS.originalPartition]: String(record.partition),
      [DLQ_HEADERS.originalOffset]: record.offset,
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    },
  };
}

/** The record to publish again when an operator replays a dead letter: back on its topic, without the dlq headers. */
export function fromDeadLetter(record: IncomingRecord): OutgoingRecord {
  const headers = Object.fromEntries(
    Object.entries(record.headers).filter(([name]) => !name.startsWith('dlq_')),
  );
  return {
    topic: record.headers[DLQ_HEADERS.originalTopic] ?? record.topic.replace(/\.dlq$/, ''),
    key: record.key ?? '',
    value: record.value?.toString() ?? '',
    headers,
  };
}
