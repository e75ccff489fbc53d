import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { kafkaClient } from './testing/kafkajs.ts';
import { kcat, requireKcat } from './testing/kcat.ts';

interface KcatMetadata {
  brokers: { id: number; name: string }[];
  topics: { topic: string; partitions: { partition: number; leader: number }[] }[];
}

describe('kcat (librdkafka) against the broker', () => {
  let broker: BrokerHandle;
  let bootstrap: string;

  beforeAll(async () => {
    requireKcat();
    broker = await startBroker({ port: 0, inMemory: true, defaultPartitions: 3, log: () => {} });
    bootstrap = `127.0.0.1:${broker.port}`;
  });
  afterAll(async () => {
    await broker?.stop();
  });

  it('lists metadata with -L', async () => {
    await kcat(['-P', '-b', bootstrap, '-t', 'kcat-meta'], 'hello\n');
    const { stdout } = await kcat(['-L', '-J', '-b', bootstrap]);
    const metadata = JSON.parse(stdout) as KcatMetadata;
    expect(metadata.brokers).toEqual([{ id: 0, name: bootstrap }]);
    expect(
      metadata.topics.find((t) => t.topic === 'kcat-meta')?.partitions.map((p) => [p.partition, p.leader]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });

  it('stores each compression codec as sent and serves it back', async () => {
    for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
      const lines = Array.from({ length: 100 }, (_, i) => `${codec}-${i}`);
      await kcat(
        ['-P', '-b', bootstrap, '-t', `kcat-${codec}`, '-p', '0', '-z', codec],
        `${lines.join('\n')}\n`,
      );
      const { stdout } = await kcat([
        '-C',
        '-b',
        bootstrap,
        '-t',
        `kcat-${codec}`,
        '-p',
        '0',
        '-o',
        'beginning',
        '-e',
        '-q',
      ]);
      expect(stdout.split('\n').filter(Boolean)).toEqual(lines);
    }
  });

  it('produces 10,000 messages and consumes exactly them in balanced group mode', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `key-${i}:value-${String(i).padStart(5, '0')}`);
    await kcat(['-P', '-b', bootstrap, '-t', 'kcat-bulk', '-K', ':'], `${lines.join('\n')}\n`);
    const { stdout } = await kcat([
      '-b',
      bootstrap,
      '-G',
      'kcat-group',
      '-X',
      'auto.offset.reset=earliest',
      '-e',
      '-q',
      '-f',
      '%k:%s\n',
      'kcat-bulk',
    ]);
    const received = stdout.split('\n').filter((line) => line.length > 0);
    expect(received).toHaveLength(10_000);
    expect(received.sort()).toEqual([...lines].sort());

    // The group consumer committed its positions on every partition when it left.
    const admin = kafkaClient(broker.port).admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: 'kcat-group', topics: ['kcat-bulk'] });
    await admin.disconnect();
    expect(committed?.partitions).toHaveLength(3);
    expect(committed?.partitions.reduce((sum, p) => sum + Number(p.offset), 0)).toBe(10_000);
  });
});
