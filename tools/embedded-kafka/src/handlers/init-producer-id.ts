import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** InitProducerId v0-1: a fresh producer id for idempotent producers; transactional ids are refused. */
export const initProducerId: ApiHandler = {
  apiKey: ApiKey.InitProducerId,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 1,
  handle(request, broker) {
    const transactionalId = request.body.nullableString();
    request.body.int32(); // transaction_timeout_ms
    const body = new Writer().int32(0);
    if (transactionalId !== null)
      return body.int16(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED).int64(-1).int16(-1);
    return body.int16(ErrorCode.NONE).int64(broker.metadata.allocateProducerId()).int16(0);
  },
};
