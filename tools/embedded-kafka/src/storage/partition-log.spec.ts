import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProducedBatches } from '../protocol/record-batch.ts';
import { buildBatch, readValues, type TestRecord } from '../testing/batch-builder.ts';
import { PartitionLog, type LogConfig } from './partition-log.ts';

const config: LogConfig = { segmentBytes: 1024 * 1024, retentionMs: -1, retentionBytes: -1 };

function append(log: PartitionLog, records: TestRecord[]): number {
  const set = buildBatch({ records });
  const parsed = parseProducedBatches(set);
  if (!parsed.ok) throw new Error(parsed.message);
  return log.append(set, parsed.batches);
}

function values(log: PartitionLog, offset: number, maxBytes = 1024 * 1024): (string | null)[] {
  return readValues(Buffer.concat(log.read(offset, maxBytes, true).buffers)).map((r) => r.value);
}

describe('partition log', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-log-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const silent = () => {};

  for (const kind of ['memory', 'file'] as const) {
    it(`assigns offsets and serves whole batches from any offset (${kind})`, () => {
      const log = PartitionLog.open(kind === 'memory' ? null : tempDir(), config, silent);
      expect(append(log, [{ value: 'a' }, { value: 'b' }])).toBe(0);
      expect(append(log, [{ value: 'c' }])).toBe(2);
      expect(log.highWatermark).toBe(3);
      expect(values(log, 0)).toEqual(['a', 'b', 'c']);
      // Offset 1 is inside the first batch, which is returned whole; clients skip what they did not ask for.
      expect(values(log, 1)).toEqual(['a', 'b', 'c']);
      expect(values(log, 2)).toEqual(['c']);
      expect(log.read(3, 1000, true).bytes).toBe(0);
      // The byte limit stops after whole batches, but the first batch is always returned.
      expect(values(log, 0, 1)).toEqual(['a', 'b']);
      expect(log.read(0, 1, false).bytes).toBe(0);
      log.close();
    });
  }

  it('rolls segments at segmentBytes and reads across them', () => {
    const dir = tempDir();
    const log = PartitionLog.open(dir, { ...config, segmentBytes: 1024 }, silent);
    for (let i = 0; i < 20; i++) append(log, [{ value: `${i}`.repeat(100) }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.log')).length).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let offset = 0; offset < log.highWatermark;) {
      const read = readValues(Buffer.concat(log.read(offset, 300, true).buffers));
      seen.push(...read.map((r) => (r.value as string).slice(0, 2)));
      offset = (read.at(-1)?.offset ?? offset) + 1;
    }
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `${i}`.repeat(2).slice(0, 2)));
    log.close();
  });

  it('recovers offsets, data and producer state after a restart', () => {
    const dir = tempDir();
    const log = PartitionLog.open(dir, { ...config, segmentBytes: 1024 }, silent);
    for (let i = 0; i < 30; i++) append(log, [{ value: `v${i}`.padEnd(80, '.') }]);
    log.close();
    const reopened = PartitionLog.open(dir, { ...config, segmentBytes: 1024 }, silent);
    expect(reopened.highWatermark).toBe(30);
    expect(values(reopened, 29)).toEqual(['v29'.padEnd(80, '.')]);
    expect(append(reopened, [{ value: 'next' }])).toBe(30);
    reopened.close();
  });

  it('cuts a torn write at the tail and never serves it', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const log = PartitionLog.open(dir, config, silent);
    append(log, [{ value: 'kept' }]);
    append(log, [{ value: 'torn' }]);
    log.close();
    const segment = join(dir, '00000000000000000000.log');
    const size = statSync(segment).size;
    truncateSync(segment, size - 5);
    appendFileSync(segment, Buffer.from([1, 2, 3]));

    const reopened = PartitionLog.open(dir, config, (message) => warnings.push(message));
    expect(reopened.highWatermark).toBe(1);
    expect(values(reopened, 0)).toEqual(['kept']);
    expect(warnings.join()).toMatch(/cut \d+ torn or invalid bytes/);
    expect(append(reopened, [{ value: 'after' }])).toBe(1);
    expect(values(reopened, 1)).toEqual(['after']);
    reopened.close();
  });

  it('rebuilds a damaged index of an older segment', () => {
    const dir = tempDir();
    const log = PartitionLog.open(dir, { ...config, segmentBytes: 1024 }, silent);
    for (let i = 0; i < 30; i++) append(log, [{ value: `${i}`.padEnd(100, '-') }]);
    log.close();
    writeFileSync(join(dir, '00000000000000000000.index'), Buffer.from('garbage!'));
    const reopened = PartitionLog.open(dir, { ...config, segmentBytes: 1024 }, silent);
    expect(values(reopened, 3)[0]).toBe('3'.padEnd(100, '-'));
    expect(reopened.highWatermark).toBe(30);
    reopened.close();
  });

  it('finds offsets by timestamp', () => {
    const log = PartitionLog.open(null, config, silent);
    append(log, [
      { value: 'a', timestamp: 1000 },
      { value: 'b', timestamp: 2000 },
    ]);
    append(log, [{ value: 'c', timestamp: 3000 }]);
    expect(log.offsetForTimestamp(0)).toEqual({ offset: 0, timestamp: 1000 });
    expect(log.offsetForTimestamp(1500)).toEqual({ offset: 1, timestamp: 2000 });
    expect(log.offsetForTimestamp(2500)).toEqual({ offset: 2, timestamp: 3000 });
    expect(log.offsetForTimestamp(4000)).toBeNull();
  });

  it('deletes segments past the time retention, rolling an expired active segment', () => {
    const dir = tempDir();
    const log = PartitionLog.open(dir, { ...config, segmentBytes: 1024, retentionMs: 60_000 }, silent);
    const now = Date.now();
    for (let i = 0; i < 20; i++) append(log, [{ value: 'x'.repeat(100), timestamp: now - 120_000 }]);
    append(log, [{ value: 'fresh', timestamp: now }]);
    log.enforceRetention(now);
    expect(log.logStartOffset).toBeGreaterThan(0);
    expect(values(log, log.logStartOffset).at(-1)).toBe('fresh');
    log.enforceRetention(now + 120_000);
    expect(log.logStartOffset).toBe(21);
    expect(log.highWatermark).toBe(21);
    log.close();
  });

  it('deletes the oldest segments beyond the size retention', () => {
    const log = PartitionLog.open(
      tempDir(),
      { segmentBytes: 1024, retentionMs: -1, retentionBytes: 2048 },
      silent,
    );
    for (let i = 0; i < 40; i++) append(log, [{ value: 'y'.repeat(100) }]);
    log.enforceRetention(Date.now());
    expect(log.sizeBytes).toBeLessThanOrEqual(2048 + 1024);
    expect(log.logStartOffset).toBeGreaterThan(0);
    expect(log.highWatermark).toBe(40);
    log.close();
  });

  it('wakes listeners on every append', () => {
    const log = PartitionLog.open(null, config, silent);
    let woken = 0;
    const stop = log.onAppend(() => woken++);
    append(log, [{ value: 'a' }]);
    stop();
    append(log, [{ value: 'b' }]);
    expect(woken).toBe(1);
  });
});
