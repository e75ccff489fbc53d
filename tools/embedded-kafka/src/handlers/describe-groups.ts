import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** DescribeGroups v0-2: state, protocol and members; an unknown group is reported as Dead, as Kafka does. */
export const describeGroups: ApiHandler = {
  apiKey: ApiKey.DescribeGroups,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 2,
  handle(request, broker) {
    const groupIds = request.body.array((r) => r.string());
    const body = new Writer();
    if (request.apiVersion >= 1) body.int32(0);
    body.array(groupIds, (w, groupId) => {
      const group = broker.groups.find(groupId);
      w.int16(ErrorCode.NONE).string(groupId);
      if (!group) {
        w.string('Dead').string('').string('').int32(0);
        return;
      }
      w.string(group.state)
        .string(group.protocolType ?? '')
        .string(group.protocolName ?? '');
      w.array([...group.members.values()], (mw, member) => {
        const metadata =
          member.protocols.find((p) => p.name === group.protocolName)?.metadata ?? Buffer.alloc(0);
        mw.string(member.memberId)
          .string(member.clientId)
          .string(member.clientHost)
          .bytes(metadata)
          .bytes(member.assignment);
      });
    });
    return body;
  },
};
