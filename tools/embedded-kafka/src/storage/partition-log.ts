import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  findRecordAtTimestamp,
  isCompressed,
  setBaseOffset,
  type BatchHeader,
} from '../protocol/record-batch.ts';
import { ProducerStateTable } from './producer-state.ts';
import { Segment } from './segment.ts';
import { FileSegmentStore, MemorySegmentStore, type SegmentStore } from './segment-store.ts';

/** Limits of one partition's log. */
export interface LogConfig {
  segmentBytes: number;
  /** Delete segments whose newest record is older than this; -1 keeps them forever. */
  retentionMs: number;
  /** Delete the oldest segments while the log is larger than this; -1 means no limit. */
  retentionBytes: number;
}

/** Records fetched from a log: whole batches, possibly in several buffers. */
export interface LogRead {
  buffers: Buffer[];
  bytes: number;
}

function segmentName(baseOffset: number): string {
  return String(baseOffset).padStart(20, '0');
}

/** The append-only log of one partition: segments, offsets, idempotent-producer state and fetch wake-ups. */
export class PartitionLog {
  readonly producers = new ProducerStateTable();
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly directory: string | null,
    public config: LogConfig,
    private readonly segments: Segment[],
  ) {}

  /** Opens (recovering) the log stored in `directory`, or a fresh in-memory log when it is null. */
  static open(directory: string | null, config: LogConfig, warn: (message: string) => void): PartitionLog {
    if (directory === null) return new PartitionLog(null, config, [new Segment(0, new MemorySegmentStore())]);
    mkdirSync(directory, { recursive: true });
    const baseOffsets = readdirSync(directory)
      .filter((name) => /^\d{20}\.log$/.test(name))
      .map((name) => Number(name.slice(0, 20)))
      .sort((a, b) => a - b);
    const log = new PartitionLog(directory, config, []);
    for (let i = 0; i < baseOffsets.length; i++) {
      const baseOffset = baseOffsets[i] as number;
      const previous = log.segments.at(-1);
      if (previous && previous.nextOffset !== baseOffset) {
        // A gap means an earlier segment lost its tail; what follows it cannot be served in order.
        warn(
          `${directory}: segment ${baseOffset} does not follow offset ${previous.nextOffset}; dropping it`,
        );
        log.openStore(baseOffset).remove();
        continue;
      }
      const isActive = i === baseOffsets.length - 1;
      const recovery = Segment.recover(baseOffset, log.openStore(baseOffset), isActive);
      if (recovery.truncatedBytes > 0) {
        warn(`${directory}: cut ${recovery.truncatedBytes} torn or invalid bytes from segment ${baseOffset}`);
      }
      for (const batch of recovery.scanned ?? []) log.producers.update(batch, batch.baseOffset);
      log.segments.push(recovery.segment);
    }
    if (log.segments.length === 0) log.segments.push(new Segment(0, log.openStore(0)));
    return log;
  }

  private openStore(baseOffset: number): SegmentStore {
    if (this.directory === null) return new MemorySegmentStore();
    const name = segmentName(baseOffset);
    return new FileSegmentStore(join(this.directory, `${name}.log`), join(this.directory, `${name}.index`));
  }

  private get active(): Segment {
    return this.segments[this.segments.length - 1] as Segment;
  }

  get logStartOffset(): number {
    return (this.segments[0] as Segment).baseOffset;
  }

  /** Offset the next record will get; with a single replica it is also the high watermark. */
  get highWatermark(): number {
    return this.active.nextOffset;
  }

  get sizeBytes(): number {
    return this.segments.reduce((sum, segment) => sum + segment.size, 0);
  }

  /**
   * Appends validated batches: their base offsets are rewritten in `records` (which must hold exactly
   * these batches) and the record set is stored as received. Returns the first assigned offset.
   */
  append(records: Buffer, batches: readonly BatchHeader[]): number {
    const baseOffset = this.highWatermark;
    let next = baseOffset;
    for (const batch of batches) {
      setBaseOffset(records, batch.position, next);
      batch.baseOffset = next;
      next += batch.lastOffsetDelta + 1;
    }
    if (this.active.size > 0 && this.active.size + records.length > this.config.segmentBytes) this.roll();
    this.active.append(records, batches);
    for (const batch of batches) this.producers.update(batch, batch.baseOffset);
    for (const listener of [...this.listeners]) listener();
    return baseOffset;
  }

  private roll(): void {
    this.active.store.flushInBackground();
    this.segments.push(new Segment(this.highWatermark, this.openStore(this.highWatermark)));
  }

  /** Whole batches from the one holding `offset`; the caller has checked the offset is in range. */
  read(offset: number, maxBytes: number, minOne: boolean): LogRead {
    if (offset >= this.highWatermark) return { buffers: [], bytes: 0 };
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.segments[middle] as Segment).baseOffset <= offset) low = middle;
      else high = middle - 1;
    }
    let segment = this.segments[low] as Segment;
    // An empty segment (just rolled) holds nothing; the data is in the next one.
    while (offset >= segment.nextOffset && low < this.segments.length - 1)
      segment = this.segments[++low] as Segment;
    const buffers = segment.read(offset, maxBytes, minOne);
    return { buffers, bytes: buffers.reduce((sum, buffer) => sum + buffer.length, 0) };
  }

  /** First offset whose record timestamp is at or after `timestamp`, as ListOffsets defines it. */
  offsetForTimestamp(timestamp: number): { offset: number; timestamp: number } | null {
    for (const segment of this.segments) {
      if (segment.maxTimestamp < timestamp) continue;
      for (let entry = 0; entry < segment.index.count; entry++) {
        if (segment.index.maxTimestamp(entry) < timestamp) continue;
        const { buffer, header } = segment.readBatch(entry);
        header.baseOffset = segment.baseOffset + segment.index.relativeOffset(entry);
        // Records inside a compressed batch cannot be told apart; the batch start is the best answer.
        if (isCompressed(header)) return { offset: header.baseOffset, timestamp: header.maxTimestamp };
        const found = findRecordAtTimestamp(buffer, header, timestamp);
        if (found) return found;
      }
    }
    return null;
  }

  /** Deletes whole segments past the retention limits; the active segment is rolled first when expired. */
  enforceRetention(now: number): void {
    const { retentionMs, retentionBytes } = this.config;
    if (retentionMs >= 0) {
      const cutoff = now - retentionMs;
      if (this.active.size > 0 && this.active.maxTimestamp < cutoff) this.roll();
      while (this.segments.length > 1 && (this.segments[0] as Segment).maxTimestamp < cutoff)
        this.removeOldest();
    }
    if (retentionBytes >= 0) {
      let total = this.sizeBytes;
      while (this.segments.length > 1 && total - (this.segments[0] as Segment).size >= retentionBytes) {
        total -= (this.segments[0] as Segment).size;
        this.removeOldest();
      }
    }
  }

  private removeOldest(): void {
    const segment = this.segments.shift() as Segment;
    segment.store.remove();
  }

  /** Calls `listener` after every append until the returned function is called. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Wakes every waiting fetch, e.g. when the topic is deleted. */
  wakeAll(): void {
    for (const listener of [...this.listeners]) listener();
  }

  flush(): void {
    this.active.store.flush();
  }

  close(): void {
    this.flush();
    for (const segment of this.segments) segment.store.close();
  }
}
