import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** Heartbeat v0-3: keeps a member alive and tells it when the group is rebalancing. */
export const heartbeat: ApiHandler = {
  apiKey: ApiKey.Heartbeat,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 3,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const generationId = r.int32();
    const memberId = r.string();
    if (version >= 3) r.nullableString(); // group_instance_id
    const group = broker.groups.find(groupId);
    const errorCode = group ? group.heartbeat(memberId, generationId) : ErrorCode.UNKNOWN_MEMBER_ID;
    const body = new Writer();
    if (version >= 1) body.int32(0);
    return body.int16(errorCode);
  },
};
