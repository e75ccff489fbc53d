import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import { parseProducedBatches } from '../protocol/record-batch.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler, BrokerContext } from '../server/api.ts';

interface PartitionResult {
  index: number;
  errorCode: ErrorCodeValue;
  baseOffset: number;
  logStartOffset: number;
}

function failure(index: number, errorCode: ErrorCodeValue): PartitionResult {
  return { index, errorCode, baseOffset: -1, logStartOffset: -1 };
}

function produce(
  broker: BrokerContext,
  topicName: string,
  index: number,
  records: Buffer | null,
  transactional: boolean,
  acks: number,
): PartitionResult {
  if (transactional) return failure(index, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  if (acks !== 0 && acks !== 1 && acks !== -1) return failure(index, ErrorCode.INVALID_REQUIRED_ACKS);
  const log = broker.topics.get(topicName)?.partitions[index];
  if (!log) return failure(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (records === null) return failure(index, ErrorCode.CORRUPT_MESSAGE);
  const parsed = parseProducedBatches(records);
  if (!parsed.ok) {
    broker.warn(`rejected produce to ${topicName}-${index}: ${parsed.message}`);
    return failure(index, parsed.code);
  }
  const first = parsed.batches[0];
  if (first && first.producerId >= 0) {
    // Like Kafka, an idempotent producer sends exactly one batch per partition and request.
    if (parsed.batches.length !== 1) return failure(index, ErrorCode.INVALID_REQUEST);
    const check = log.producers.check(first);
    if (check.action === 'reject') return failure(index, check.code);
    if (check.action === 'duplicate') {
      return {
        index,
        errorCode: ErrorCode.NONE,
        baseOffset: check.baseOffset,
        logStartOffset: log.logStartOffset,
      };
    }
  }
  const baseOffset = log.append(records, parsed.batches);
  return { index, errorCode: ErrorCode.NONE, baseOffset, logStartOffset: log.logStartOffset };
}

/** Produce v3-7: stores each partition's batches as received; acks 0 gets no response. */
export const produceApi: ApiHandler = {
  apiKey: ApiKey.Produce,
  name: 'Produce',
  minVersion: 3,
  maxVersion: 7,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const transactionalId = r.nullableString();
    const acks = r.int16();
    r.int32(); // timeout_ms: with one replica, acks=all is satisfied by the local write
    const topics = r.array((t) => ({
      name: t.string(),
      partitions: t.array((p) => ({ index: p.int32(), records: p.nullableBytes() })),
    }));
    const results = topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((p) =>
        produce(broker, topic.name, p.index, p.records, transactionalId !== null, acks),
      ),
    }));
    if (acks === 0) return null;
    const body = new Writer();
    body.array(results, (w, topic) => {
      w.string(topic.name).array(topic.partitions, (pw, p) => {
        pw.int32(p.index).int16(p.errorCode).int64(p.baseOffset).int64(-1);
        if (version >= 5) pw.int64(p.logStartOffset);
      });
    });
    body.int32(0);
    return body;
  },
};
