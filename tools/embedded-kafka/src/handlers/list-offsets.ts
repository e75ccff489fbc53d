import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

const LATEST = -1;
const EARLIEST = -2;

/** ListOffsets v1-3: earliest (-2), latest (-1) or the first offset at or after a timestamp. */
export const listOffsets: ApiHandler = {
  apiKey: ApiKey.ListOffsets,
  name: 'ListOffsets',
  minVersion: 1,
  maxVersion: 3,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    r.int32(); // replica_id
    if (version >= 2) r.int8(); // isolation_level
    const topics = r.array((t) => ({
      name: t.string(),
      partitions: t.array((p) => ({ partition: p.int32(), timestamp: p.int64() })),
    }));
    const body = new Writer();
    if (version >= 2) body.int32(0);
    body.array(topics, (w, topic) => {
      const logs = broker.topics.get(topic.name)?.partitions;
      w.string(topic.name).array(topic.partitions, (pw, { partition, timestamp }) => {
        const log = logs?.[partition];
        if (!log) {
          pw.int32(partition).int16(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION).int64(-1).int64(-1);
          return;
        }
        let found = { offset: -1, timestamp: -1 };
        if (timestamp === LATEST) found = { offset: log.highWatermark, timestamp: -1 };
        else if (timestamp === EARLIEST) found = { offset: log.logStartOffset, timestamp: -1 };
        else found = log.offsetForTimestamp(timestamp) ?? found;
        pw.int32(partition).int16(ErrorCode.NONE).int64(found.timestamp).int64(found.offset);
      });
    });
    return body;
  },
};
