import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** OffsetFetch v1-4: a group's committed offsets (-1 where none); a null topic list (v2+) means all. */
export const offsetFetch: ApiHandler = {
  apiKey: ApiKey.OffsetFetch,
  name: 'OffsetFetch',
  minVersion: 1,
  maxVersion: 4,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const requested = r.nullableArray((t) => ({ name: t.string(), partitions: t.array((p) => p.int32()) }));
    const store = broker.groups.offsets;
    let topics: {
      name: string;
      partitions: { partition: number; offset: number; metadata: string | null }[];
    }[];
    if (requested === null) {
      const byTopic = new Map<string, { partition: number; offset: number; metadata: string | null }[]>();
      for (const committed of store.list(groupId)) {
        const partitions = byTopic.get(committed.topic) ?? [];
        partitions.push(committed);
        byTopic.set(committed.topic, partitions);
      }
      topics = [...byTopic].map(([name, partitions]) => ({ name, partitions }));
    } else {
      topics = requested.map((t) => ({
        name: t.name,
        partitions: t.partitions.map(
          (partition) => store.get(groupId, t.name, partition) ?? { partition, offset: -1, metadata: '' },
        ),
      }));
    }
    const body = new Writer();
    if (version >= 3) body.int32(0);
    body.array(topics, (w, topic) => {
      w.string(topic.name).array(topic.partitions, (pw, p) => {
        pw.int32(p.partition).int64(p.offset).nullableString(p.metadata).int16(ErrorCode.NONE);
      });
    });
    if (version >= 2) body.int16(ErrorCode.NONE);
    return body;
  },
};
