import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** LeaveGroup v0-3: removes members at once and rebalances the rest; v3 leaves several members in one call. */
export const leaveGroup: ApiHandler = {
  apiKey: ApiKey.LeaveGroup,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 3,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const groupId = r.string();
    const leaving =
      version >= 3
        ? r.array((m) => ({ memberId: m.string(), groupInstanceId: m.nullableString() }))
        : [{ memberId: r.string(), groupInstanceId: null }];
    const group = broker.groups.find(groupId);
    const results = leaving.map((member) => ({
      ...member,
      errorCode: (group ? group.leave(member.memberId) : ErrorCode.UNKNOWN_MEMBER_ID) as ErrorCodeValue,
    }));
    const body = new Writer();
    if (version >= 1) body.int32(0);
    if (version < 3) return body.int16(results[0]?.errorCode ?? ErrorCode.NONE);
    body.int16(ErrorCode.NONE);
    return body.array(results, (w, m) =>
      w.string(m.memberId).nullableString(m.groupInstanceId).int16(m.errorCode),
    );
  },
};
