import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';
import type { CommittedOffset } from '../storage/committed-offsets.ts';

/** OffsetCommit v0-5: stores a group's positions durably, if the member and generation are current. */
export const offsetCommit: ApiHandler = {
  apiKey: ApiKey.OffsetCommit,
  name: 'OffsetCommit',
  minVersion: 0,
  maxVersion: 5,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const generationId = version >= 1 ? r.int32() : -1;
    const memberId = version >= 1 ? r.string() : '';
    if (version >= 2 && version <= 4) r.int64(); // retention_time_ms: committed offsets are kept
    const topics = r.array((t) => ({
      name: t.string(),
      partitions: t.array((p) => {
        const partition = p.int32();
        const offset = p.int64();
        if (version === 1) p.int64(); // commit_timestamp
        return { partition, offset, metadata: p.nullableString() };
      }),
    }));
    const accepted: CommittedOffset[] = [];
    const codes = new Map<string, ErrorCodeValue>();
    for (const topic of topics) {
      const known = broker.topics.get(topic.name);
      for (const p of topic.partitions) {
        const exists = known !== undefined && p.partition >= 0 && p.partition < known.partitions.length;
        if (!exists) codes.set(`${p.partition}:${topic.name}`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        else
          accepted.push({
            topic: topic.name,
            partition: p.partition,
            offset: p.offset,
            metadata: p.metadata,
          });
      }
    }
    const groupError =
      groupId === ''
        ? ErrorCode.INVALID_GROUP_ID
        : broker.groups.commit(groupId, memberId, generationId, accepted);
    const body = new Writer();
    if (version >= 3) body.int32(0);
    body.array(topics, (w, topic) => {
      w.string(topic.name).array(topic.partitions, (pw, p) => {
        pw.int32(p.partition).int16(codes.get(`${p.partition}:${topic.name}`) ?? groupError);
      });
    });
    return body;
  },
};
