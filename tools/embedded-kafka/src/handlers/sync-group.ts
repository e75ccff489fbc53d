import type { SyncResult } from '../groups/group.ts';
import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

function encode(version: number, result: SyncResult): Writer {
  const body = new Writer();
  if (version >= 1) body.int32(0);
  return body.int16(result.errorCode).bytes(result.assignment);
}

/** SyncGroup v0-3: the leader hands in the assignment and every member receives its share. */
export const syncGroup: ApiHandler = {
  apiKey: ApiKey.SyncGroup,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 3,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const generationId = r.int32();
    const memberId = r.string();
    if (version >= 3) r.nullableString(); // group_instance_id: static membership is not supported
    const assignments = r.array((a) => ({ memberId: a.string(), assignment: Buffer.from(a.bytes()) }));
    const group = broker.groups.find(groupId);
    if (!group)
      return encode(version, { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, assignment: Buffer.alloc(0) });
    const result = group.sync(memberId, generationId, assignments);
    return result instanceof Promise
      ? result.then((synced) => encode(version, synced))
      : encode(version, result);
  },
};
