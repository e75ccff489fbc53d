/** Options of `startBroker`; every one has a default. */
export interface BrokerOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 picks a free one (read it from the returned handle). Default 9092. */
  port?: number;
  /** Host name put in metadata for clients to connect to. Default: `host`, or 127.0.0.1 when `host` is a wildcard. */
  advertisedHost?: string;
  /** Directory of topics, segments and committed offsets. Default `.data/kafka` (relative to the working directory). */
  dataDir?: string;
  /** Keep everything in memory and write nothing (for tests). Default false. */
  inMemory?: boolean;
  /** Create unknown topics when a client asks for their metadata. Default true. */
  autoCreateTopics?: boolean;
  /** Partitions of auto-created topics and of CreateTopics requests with -1. Default 1. */
  defaultPartitions?: number;
  /** Largest request frame accepted; a larger one closes its connection. Default 100 MiB. */
  maxFrameBytes?: number;
  /** Size at which a partition's active segment is rolled. Default 64 MiB. */
  segmentBytes?: number;
  /** Delete segments whose newest record is older than this; -1 keeps forever. Default 7 days. */
  retentionMs?: number;
  /** Per partition, delete the oldest segments beyond this size; -1 means no limit. Default -1. */
  retentionBytes?: number;
  /** How often retention runs. Default 60 s. */
  retentionCheckIntervalMs?: number;
  /** Broker id reported in metadata. Default 0. */
  nodeId?: number;
  /** Smallest session timeout a group member may ask for. Default 1 s (Kafka: 6 s), so tests can be quick. */
  groupMinSessionTimeoutMs?: number;
  /** Largest session timeout a group member may ask for. Default 30 min. */
  groupMaxSessionTimeoutMs?: number;
  /** How long the first rebalance of an empty group waits for more members. Default 0 (Kafka: 3 s). */
  groupInitialRebalanceDelayMs?: number;
  /** Receives warnings (recovered torn writes, closed misbehaving connections). Default: stderr. */
  log?: (message: string) => void;
}

export type ResolvedBrokerOptions = Required<Omit<BrokerOptions, 'advertisedHost'>> & {
  advertisedHost: string;
};

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** Fills in defaults and rejects values the broker cannot work with. */
export function resolveOptions(options: BrokerOptions): ResolvedBrokerOptions {
  const host = options.host ?? '127.0.0.1';
  const resolved: ResolvedBrokerOptions = {
    host,
    port: options.port ?? 9092,
    advertisedHost: options.advertisedHost ?? (WILDCARDS.has(host) ? '127.0.0.1' : host),
    dataDir: options.dataDir ?? '.data/kafka',
    inMemory: options.inMemory ?? false,
    autoCreateTopics: options.autoCreateTopics ?? true,
    defaultPartitions: options.defaultPartitions ?? 1,
    maxFrameBytes: options.maxFrameBytes ?? 100 * 1024 * 1024,
    segmentBytes: options.segmentBytes ?? 64 * 1024 * 1024,
    retentionMs: options.retentionMs ?? 7 * 24 * 60 * 60 * 1000,
    retentionBytes: options.retentionBytes ?? -1,
    retentionCheckIntervalMs: options.retentionCheckIntervalMs ?? 60_000,
    nodeId: options.nodeId ?? 0,
    groupMinSessionTimeoutMs: options.groupMinSessionTimeoutMs ?? 1000,
    groupMaxSessionTimeoutMs: options.groupMaxSessionTimeoutMs ?? 30 * 60 * 1000,
    groupInitialRebalanceDelayMs: options.groupInitialRebalanceDelayMs ?? 0,
    log: options.log ?? ((message) => process.stderr.write(`embedded-kafka: ${message}\n`)),
  };
  const positive: (keyof ResolvedBrokerOptions)[] = [
    'defaultPartitions',
    'maxFrameBytes',
    'retentionCheckIntervalMs',
  ];
  for (const key of positive) {
    const value = resolved[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`${key} must be a positive integer, got ${String(value)}`);
    }
  }
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) {
    throw new RangeError(`port must be 0 to 65535, got ${resolved.port}`);
  }
  if (resolved.segmentBytes < 1024 || resolved.segmentBytes > 2 ** 30) {
    throw new RangeError('segmentBytes must be 1 KiB to 1 GiB');
  }
  return resolved;
}
