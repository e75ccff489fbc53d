import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** ListGroups v0-2: groups with members or committed offsets. */
export const listGroups: ApiHandler = {
  apiKey: ApiKey.ListGroups,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 2,
  handle(request, broker) {
    const body = new Writer();
    if (request.apiVersion >= 1) body.int32(0);
    body.int16(ErrorCode.NONE);
    return body.array(broker.groups.list(), (w, g) => w.string(g.groupId).string(g.protocolType));
  },
};
