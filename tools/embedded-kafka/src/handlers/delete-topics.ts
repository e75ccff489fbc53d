import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';

/** DeleteTopics v0-3: removes the topic, its data and the offsets committed for it. */
export const deleteTopics: ApiHandler = {
  apiKey: ApiKey.DeleteTopics,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 3,
  handle(request, broker) {
    const names = request.body.array((r) => r.string());
    request.body.int32(); // timeout_ms: deletion is immediate
    const results = names.map((name) => {
      if (!broker.topics.delete(name)) return { name, code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
      broker.groups.offsets.deleteTopic(name);
      return { name, code: ErrorCode.NONE };
    });
    const body = new Writer();
    if (request.apiVersion >= 1) body.int32(0);
    body.array(results, (w, result) => w.string(result.name).int16(result.code));
    return body;
  },
};
