import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import type { BrokerContext } from '../server/api.ts';
import { topicConfigProblem, topicNameProblem } from '../storage/topic-store.ts';

/** A topic to create, as CreateTopics and auto-creation describe it. */
export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  configs: Record<string, string>;
}

/** Checks a topic spec the way Kafka does on a single broker; null when it can be created. */
export function topicSpecError(
  broker: BrokerContext,
  spec: TopicSpec,
): { code: ErrorCodeValue; message: string } | null {
  const nameProblem = topicNameProblem(spec.name);
  if (nameProblem) return { code: ErrorCode.INVALID_TOPIC_EXCEPTION, message: nameProblem };
  if (broker.topics.get(spec.name)) {
    return { code: ErrorCode.TOPIC_ALREADY_EXISTS, message: `Topic '${spec.name}' already exists.` };
  }
  if (spec.partitions <= 0 || spec.partitions > 10_000) {
    return { code: ErrorCode.INVALID_PARTITIONS, message: 'Number of partitions must be 1 to 10000.' };
  }
  if (spec.replicationFactor !== 1) {
    return {
      code: ErrorCode.INVALID_REPLICATION_FACTOR,
      message: `Replication factor ${spec.replicationFactor} is impossible with a single broker; use 1 or -1.`,
    };
  }
  const configProblem = topicConfigProblem(spec.configs);
  if (configProblem) return { code: ErrorCode.INVALID_CONFIG, message: configProblem };
  return null;
}
