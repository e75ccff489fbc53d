import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler, BrokerContext, Response } from '../server/api.ts';
import type { PartitionLog } from '../storage/partition-log.ts';

interface FetchPartition {
  partition: number;
  fetchOffset: number;
  maxBytes: number;
}

interface FetchTopic {
  name: string;
  partitions: FetchPartition[];
}

interface PartitionData {
  partition: number;
  errorCode: ErrorCodeValue;
  highWatermark: number;
  logStartOffset: number;
  records: Buffer[];
  bytes: number;
}

interface FetchResult {
  topics: { name: string; partitions: PartitionData[] }[];
  bytes: number;
  hasError: boolean;
}

/** Reads every requested partition within the response and partition byte limits (KIP-74: first data always fits). */
function collect(broker: BrokerContext, topics: FetchTopic[], maxBytes: number): FetchResult {
  let bytes = 0;
  let hasError = false;
  const result = topics.map((topic) => {
    const logs = broker.topics.get(topic.name)?.partitions;
    return {
      name: topic.name,
      partitions: topic.partitions.map((p): PartitionData => {
        const log = logs?.[p.partition];
        if (!log) {
          hasError = true;
          return { ...empty(p.partition, -1, -1), errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
        }
        const highWatermark = log.highWatermark;
        const logStartOffset = log.logStartOffset;
        if (p.fetchOffset < logStartOffset || p.fetchOffset > highWatermark) {
          hasError = true;
          return {
            ...empty(p.partition, highWatermark, logStartOffset),
            errorCode: ErrorCode.OFFSET_OUT_OF_RANGE,
          };
        }
        const limit = Math.min(p.maxBytes, maxBytes - bytes);
        const read = log.read(p.fetchOffset, limit, bytes === 0);
        bytes += read.bytes;
        return {
          ...empty(p.partition, highWatermark, logStartOffset),
          records: read.buffers,
          bytes: read.bytes,
        };
      }),
    };
  });
  return { topics: result, bytes, hasError };
}

function empty(partition: number, highWatermark: number, logStartOffset: number): PartitionData {
  return { partition, errorCode: ErrorCode.NONE, highWatermark, logStartOffset, records: [], bytes: 0 };
}

function encode(version: number, result: FetchResult, errorCode: ErrorCodeValue = ErrorCode.NONE): Writer {
  const body = new Writer().int32(0);
  if (version >= 7) body.int16(errorCode).int32(0);
  body.array(result.topics, (w, topic) => {
    w.string(topic.name).array(topic.partitions, (pw, p) => {
      // Without transactions the last stable offset is the high watermark.
      pw.int32(p.partition).int16(p.errorCode).int64(p.highWatermark).int64(p.highWatermark);
      if (version >= 5) pw.int64(p.logStartOffset);
      pw.int32(0); // aborted_transactions: none
      if (version >= 11) pw.int32(-1);
      pw.int32(p.bytes);
      for (const buffer of p.records) pw.raw(buffer);
    });
  });
  return body;
}

/**
 * Fetch v4-11 with long polling: when less than min_bytes is available the request waits up to max_wait_ms
 * and is answered as soon as a produce to one of its partitions brings enough data.
 */
export const fetchApi: ApiHandler = {
  apiKey: ApiKey.Fetch,
  name: 'Fetch',
  minVersion: 4,
  maxVersion: 11,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    r.int32(); // replica_id
    const maxWaitMs = r.int32();
    const minBytes = r.int32();
    const maxBytes = r.int32();
    r.int8(); // isolation_level: everything stored is committed
    const sessionId = version >= 7 ? r.int32() : 0;
    if (version >= 7) r.int32(); // session_epoch
    const topics = r.array((t): FetchTopic => ({
      name: t.string(),
      partitions: t.array((p) => {
        const partition = p.int32();
        if (version >= 9) p.int32(); // current_leader_epoch
        const fetchOffset = p.int64();
        if (version >= 5) p.int64(); // log_start_offset (followers only)
        return { partition, fetchOffset, maxBytes: p.int32() };
      }),
    }));
    // Incremental fetch sessions (KIP-227) are not kept: session id 0 in every answer tells clients so.
    if (sessionId !== 0)
      return encode(version, { topics: [], bytes: 0, hasError: true }, ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    const first = collect(broker, topics, maxBytes);
    if (maxWaitMs <= 0 || first.bytes >= minBytes || first.hasError || topics.length === 0)
      return encode(version, first);

    const logs = topics.flatMap((t) => {
      const partitions = broker.topics.get(t.name)?.partitions ?? [];
      return t.partitions
        .map((p) => partitions[p.partition])
        .filter((log): log is PartitionLog => log !== undefined);
    });
    return new Promise<Response>((resolve) => {
      const cleanups: (() => void)[] = [];
      const finish = (response: Response) => {
        for (const cleanup of cleanups) cleanup();
        resolve(response);
      };
      const wake = () => {
        const result = collect(broker, topics, maxBytes);
        if (result.bytes >= minBytes || result.hasError) finish(encode(version, result));
      };
      const timer = setTimeout(() => finish(encode(version, collect(broker, topics, maxBytes))), maxWaitMs);
      cleanups.push(() => clearTimeout(timer));
      for (const log of logs) cleanups.push(log.onAppend(wake));
      cleanups.push(request.onClose(() => finish(null)));
    });
  },
};
