import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler } from '../server/api.ts';
import { topicSpecError } from './topic-creation.ts';

/** CreateTopics v0-3: explicit creation with a partition count and optional configs. */
export const createTopics: ApiHandler = {
  apiKey: ApiKey.CreateTopics,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 3,
  handle(request, broker) {
    const { body: r, apiVersion: version } = request;
    const requested = r.array((t) => {
      const name = t.string();
      const partitions = t.int32();
      const replicationFactor = t.int16();
      const assignments = t.array((a) => ({ partition: a.int32(), brokers: a.array((b) => b.int32()) }));
      const configs: Record<string, string> = {};
      for (const { key, value } of t.array((c) => ({ key: c.string(), value: c.nullableString() }))) {
        if (value !== null) configs[key] = value;
      }
      return { name, partitions, replicationFactor, assignments, configs };
    });
    r.int32(); // timeout_ms: creation is immediate
    const validateOnly = version >= 1 ? r.bool() : false;
    const counts = new Map<string, number>();
    for (const t of requested) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const results = requested.map((t) => {
      if ((counts.get(t.name) ?? 0) > 1) {
        return { name: t.name, code: ErrorCode.INVALID_REQUEST, message: 'Topic listed more than once.' };
      }
      const explicit = t.assignments.length > 0;
      const spec = {
        name: t.name,
        partitions: explicit
          ? t.assignments.length
          : t.partitions === -1
            ? broker.options.defaultPartitions
            : t.partitions,
        replicationFactor: explicit
          ? Math.max(...t.assignments.map((a) => a.brokers.length))
          : t.replicationFactor === -1
            ? 1
            : t.replicationFactor,
        configs: t.configs,
      };
      const problem = topicSpecError(broker, spec);
      if (problem) return { name: t.name, ...problem };
      if (!validateOnly) broker.topics.create(spec.name, spec.partitions, spec.configs);
      return { name: t.name, code: ErrorCode.NONE, message: null };
    });
    const body = new Writer();
    if (version >= 2) body.int32(0);
    body.array(results, (w, result) => {
      w.string(result.name).int16(result.code);
      if (version >= 1) w.nullableString(result.message);
    });
    return body;
  },
};
