/** A record as published: the value is the CloudEvents JSON envelope, headers the ce_* binding. */
export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A record as consumed. */
export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface Publisher {
  /** Sends records in order and resolves once the broker has them on all in-sync replicas. */
  send(records: OutgoingRecord[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface Subscription {
  /** Stops fetching, lets the record in hand finish and commits what was processed. */
  stop(): Promise<void>;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  fromBeginning?: boolean;
  /** How many partitions are handled at the same time; order is kept within each. Default 1. */
  concurrency?: number;
  /** The most records passed to one handleBatch call. Default 100. */
  maxBatchSize?: number;
  /**
   * Called with consecutive records of one partition, in order, one call at a time per partition; their offsets
   * are committed after it resolves.
   */
  handleBatch(records: IncomingRecord[]): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
}

/** The small interface the platform uses of Kafka, so the client library can be replaced. */
export interface MessageBus {
  publisher(): Promise<Publisher>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Creates the topics that do not exist yet. */
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Resolves when the cluster answers; throws with the reason otherwise (readiness). */
  ping(): Promise<void>;
  /** Committed offset vs end offset per partition, summed: how far a group is behind. */
  lag(groupId: string, topics: string[]): Promise<number>;
  /** Every record a topic holds now, read from the beginning to its current end (for operators' tools). */
  readAll(topic: string): Promise<IncomingRecord[]>;
  /** Number of records ever written to the topics (end offsets summed). */
  endOffsets(topics: string[]): Promise<number>;
  disconnect(): Promise<void>;
}

export interface BusLogger {
  debug(message: string, context?: object): void;
  info(message: string, context?: object): void;
  warn(message: string, context?: object): void;
  error(message: string, context?: object): void;
}
