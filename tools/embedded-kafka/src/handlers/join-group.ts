import type { JoinResult } from '../groups/group.ts';
import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

function encode(version: number, result: JoinResult): Writer {
  const body = new Writer();
  if (version >= 2) body.int32(0);
  body
    .int16(result.errorCode)
    .int32(result.generationId)
    .string(result.protocolName)
    .string(result.leaderId)
    .string(result.memberId)
    .array(result.members, (w, member) => {
      w.string(member.memberId);
      if (version >= 5) w.nullableString(member.groupInstanceId);
      w.bytes(member.metadata);
    });
  return body;
}

/** JoinGroup v0-5: answered when the group's rebalance completes; v4+ first hands out MEMBER_ID_REQUIRED. */
export const joinGroup: ApiHandler = {
  apiKey: ApiKey.JoinGroup,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 5,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const sessionTimeoutMs = r.int32();
    const rebalanceTimeoutMs = version >= 1 ? r.int32() : sessionTimeoutMs;
    const memberId = r.string();
    const groupInstanceId = version >= 5 ? r.nullableString() : null;
    const protocolType = r.string();
    const protocols = r.array((p) => ({ name: p.string(), metadata: Buffer.from(p.bytes()) }));
    if (groupId === '') {
      const error = {
        errorCode: ErrorCode.INVALID_GROUP_ID,
        generationId: -1,
        protocolName: '',
        leaderId: '',
        memberId,
        members: [],
      };
      return encode(version, error);
    }
    const result = broker.groups.getOrCreate(groupId).join({
      memberId,
      groupInstanceId,
      clientId: request.clientId ?? '',
      clientHost: request.clientHost,
      sessionTimeoutMs,
      rebalanceTimeoutMs,
      protocolType,
      protocols,
      requireKnownMemberId: version >= 4,
    });
    return result instanceof Promise
      ? result.then((joined) => encode(version, joined))
      : encode(version, result);
  },
};
