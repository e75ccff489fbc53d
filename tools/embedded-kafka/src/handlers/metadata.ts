import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler, BrokerContext } from '../server/api.ts';
import { topicSpecError } from './topic-creation.ts';

interface TopicMetadata {
  errorCode: ErrorCodeValue;
  name: string;
  partitions: number;
}

function describe(broker: BrokerContext, name: string, autoCreate: boolean): TopicMetadata {
  const topic = broker.topics.get(name);
  if (topic) return { errorCode: ErrorCode.NONE, name, partitions: topic.partitions.length };
  const spec = { name, partitions: broker.options.defaultPartitions, replicationFactor: 1, configs: {} };
  const problem = topicSpecError(broker, spec);
  if (problem?.code === ErrorCode.INVALID_TOPIC_EXCEPTION)
    return { errorCode: problem.code, name, partitions: 0 };
  if (!autoCreate || problem) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name, partitions: 0 };
  broker.topics.create(name, spec.partitions);
  return { errorCode: ErrorCode.NONE, name, partitions: spec.partitions };
}

/** Metadata v1-6: this broker as leader of every partition; a null topic list means all topics. */
export const metadata: ApiHandler = {
  apiKey: ApiKey.Metadata,
  name: 'Metadata',
  minVersion: 1,
  maxVersion: 6,
  handle(request, broker) {
    const version = request.apiVersion;
    const names = request.body.nullableArray((r) => r.string());
    // Before v4 there is no flag and Kafka let the broker setting decide alone.
    const allowAutoCreation = version >= 4 ? request.body.bool() : true;
    const autoCreate = allowAutoCreation && broker.options.autoCreateTopics;
    const topics =
      names === null
        ? broker.topics
            .list()
            .map((t) => ({ errorCode: ErrorCode.NONE, name: t.name, partitions: t.partitions.length }))
        : [...new Set(names)].map((name) => describe(broker, name, autoCreate));
    const { nodeId } = broker.options;
    const body = new Writer();
    if (version >= 3) body.int32(0);
    body.array([broker.advertised], (w, { host, port }) =>
      w.int32(nodeId).string(host).int32(port).nullableString(null),
    );
    if (version >= 2) body.nullableString(broker.metadata.clusterId);
    body.int32(nodeId);
    body.array(topics, (w, topic) => {
      w.int16(topic.errorCode).string(topic.name).bool(false);
      w.array(
        Array.from({ length: topic.partitions }, (_, i) => i),
        (pw, partition) => {
          pw.int16(ErrorCode.NONE).int32(partition).int32(nodeId);
          pw.array([nodeId], (aw, id) => aw.int32(id));
          pw.array([nodeId], (aw, id) => aw.int32(id));
          if (version >= 5) pw.int32(0);
        },
      );
    });
    return body;
  },
};
