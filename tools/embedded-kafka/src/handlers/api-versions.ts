import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** ApiVersions v0-2: the API keys and version ranges this broker serves. */
export const apiVersions: ApiHandler = {
  apiKey: ApiKey.ApiVersions,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 2,
  handle(request, broker) {
    const body = new Writer()
      .int16(ErrorCode.NONE)
      .array(broker.apis, (w, api) => w.int16(api.apiKey).int16(api.minVersion).int16(api.maxVersion));
    if (request.apiVersion >= 1) body.int32(0);
    return body;
  },
};
