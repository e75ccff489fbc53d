import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartitionLog, type LogConfig } from './partition-log.ts';

/** A topic: its partitions' logs and the configuration it was created with. */
export interface Topic {
  name: string;
  partitions: PartitionLog[];
  configs: Record<string, string>;
}

// Topic configurations this broker honours, mapped onto the log limits they override.
const LOG_CONFIG_KEYS: Record<string, keyof LogConfig> = {
  'retention.ms': 'retentionMs',
  'retention.bytes': 'retentionBytes',
  'segment.bytes': 'segmentBytes',
};

const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
// '~' cannot appear in a topic name, so a directory carrying it is never mistaken for a topic.
const DELETED_MARK = '~deleted~';

/** Why a topic name is illegal, as Kafka judges it, or null when it is fine. */
export function topicNameProblem(name: string): string | null {
  if (name === '.' || name === '..') return 'topic name cannot be "." or ".."';
  if (!LEGAL_TOPIC_NAME.test(name)) return 'topic names are 1 to 249 characters of [a-zA-Z0-9._-]';
  return null;
}

/** Why a topic configuration is invalid, or null when it is fine (unknown keys are accepted and ignored). */
export function topicConfigProblem(configs: Record<string, string>): string | null {
  for (const [key, value] of Object.entries(configs)) {
    if (!(key in LOG_CONFIG_KEYS)) continue;
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < -1) return `${key} must be an integer >= -1`;
    if (key === 'segment.bytes' && (number < 1024 || number > 2 ** 30))
      return 'segment.bytes must be 1 KiB to 1 GiB';
  }
  return null;
}

/** Every topic of the broker, persisted under `<dataDir>/topics` unless the broker runs in memory. */
export class TopicStore {
  private readonly topics = new Map<string, Topic>();
  private readonly root: string | null;

  constructor(
    dataDir: string | null,
    private readonly defaults: LogConfig,
    private readonly warn: (message: string) => void,
  ) {
    this.root = dataDir === null ? null : join(dataDir, 'topics');
    if (this.root !== null) this.load(this.root);
  }

  private load(root: string): void {
    mkdirSync(root, { recursive: true });
    for (const name of readdirSync(root)) {
      const directory = join(root, name);
      const descriptor = join(directory, 'topic.json');
      // Deletion renames first (to a name no topic can have) and creation writes topic.json last, so
      // anything else is an interrupted deletion or creation.
      if (name.includes(DELETED_MARK) || !existsSync(descriptor)) {
        rmSync(directory, { recursive: true, force: true });
        continue;
      }
      const stored = JSON.parse(readFileSync(descriptor, 'utf8')) as {
        partitions: number;
        configs: Record<string, string>;
      };
      const config = this.logConfig(stored.configs);
      const partitions = Array.from({ length: stored.partitions }, (_, partition) =>
        PartitionLog.open(join(directory, String(partition)), config, this.warn),
      );
      this.topics.set(name, { name, partitions, configs: stored.configs });
    }
  }

  private logConfig(configs: Record<string, string>): LogConfig {
    const config = { ...this.defaults };
    for (const [key, field] of Object.entries(LOG_CONFIG_KEYS)) {
      const value = configs[key];
      if (value !== undefined) config[field] = Number(value);
    }
    return config;
  }

  get(name: string): Topic | undefined {
    return this.topics.get(name);
  }

  list(): Topic[] {
    return [...this.topics.values()];
  }

  /** Creates a topic; the caller has checked the name, partition count and configs. */
  create(name: string, partitionCount: number, configs: Record<string, string> = {}): Topic {
    const config = this.logConfig(configs);
    const directory = this.root === null ? null : join(this.root, name);
    const partitions = Array.from({ length: partitionCount }, (_, partition) =>
      PartitionLog.open(directory === null ? null : join(directory, String(partition)), config, this.warn),
    );
    if (directory !== null) {
      const descriptor = join(directory, 'topic.json');
      writeFileSync(`${descriptor}.tmp`, JSON.stringify({ partitions: partitionCount, configs }));
      renameSync(`${descriptor}.tmp`, descriptor);
    }
    const topic = { name, partitions, configs };
    this.topics.set(name, topic);
    return topic;
  }

  delete(name: string): boolean {
    const topic = this.topics.get(name);
    if (!topic) return false;
    this.topics.delete(name);
    for (const partition of topic.partitions) {
      partition.close();
      partition.wakeAll();
    }
    if (this.root !== null) {
      const doomed = join(this.root, `${name}${DELETED_MARK}${Date.now()}`);
      renameSync(join(this.root, name), doomed);
      rmSync(doomed, { recursive: true, force: true });
    }
    return true;
  }

  enforceRetention(now: number): void {
    for (const topic of this.topics.values()) {
      for (const partition of topic.partitions) partition.enforceRetention(now);
    }
  }

  close(): void {
    for (const topic of this.topics.values()) {
      for (const partition of topic.partitions) partition.close();
    }
  }
}
