import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** FindCoordinator v0-2: the single broker coordinates every group. */
export const findCoordinator: ApiHandler = {
  apiKey: ApiKey.FindCoordinator,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 2,
  handle(request, broker) {
    request.body.string(); // key
    if (request.apiVersion >= 1) request.body.int8(); // key_type
    const body = new Writer();
    if (request.apiVersion >= 1) body.int32(0);
    body.int16(ErrorCode.NONE);
    if (request.apiVersion >= 1) body.nullableString(null);
    return body.int32(broker.options.nodeId).string(broker.advertised.host).int32(broker.advertised.port);
  },
};
