import {
  BATCH_HEADER_BYTES,
  batchSizeAt,
  checkBatch,
  readBatchHeader,
  type BatchHeader,
} from '../protocol/record-batch.ts';
import { INDEX_ENTRY_BYTES, OffsetIndex } from './offset-index.ts';
import type { SegmentStore } from './segment-store.ts';

// Recovery reads segments in chunks of this size rather than one system call per batch.
const SCAN_CHUNK_BYTES = 4 * 1024 * 1024;

/** What recovery found in a segment. */
export interface SegmentRecovery {
  segment: Segment;
  /** Bytes cut from the tail because they did not form valid, contiguous batches. */
  truncatedBytes: number;
  /** Headers of the valid batches, when the segment was scanned. */
  scanned: BatchHeader[] | null;
}

/** A run of consecutive batches of one partition, starting at `baseOffset`. */
export class Segment {
  /** Offset after the last stored record. */
  nextOffset: number;
  /** Newest record timestamp in the segment, -1 when empty; retention by time compares against it. */
  maxTimestamp: number;

  constructor(
    readonly baseOffset: number,
    readonly store: SegmentStore,
    readonly index = new OffsetIndex(),
  ) {
    this.nextOffset = baseOffset;
    this.maxTimestamp = -1;
  }

  get size(): number {
    return this.store.size;
  }

  /** Appends batches whose base offsets were already assigned; `records` holds exactly these batches. */
  append(records: Buffer, batches: readonly BatchHeader[]): void {
    const start = this.store.size;
    const firstEntry = this.index.count;
    for (const batch of batches) {
      this.index.push(batch.baseOffset - this.baseOffset, start + batch.position, batch.maxTimestamp);
      if (batch.maxTimestamp > this.maxTimestamp) this.maxTimestamp = batch.maxTimestamp;
      this.nextOffset = batch.baseOffset + batch.lastOffsetDelta + 1;
    }
    // The log is written before its index: after a crash an index entry never points past the log.
    this.store.append(records);
    this.store.appendIndex(this.index.encode(firstEntry));
  }

  /** Whole batches starting with the one that holds `offset`, up to `maxBytes` (at least one if `minOne`). */
  read(offset: number, maxBytes: number, minOne: boolean): Buffer[] {
    const entry = this.index.floor(offset - this.baseOffset);
    if (entry < 0) return [];
    let last = this.index.lastEntryWithin(entry, Math.max(maxBytes, 0), this.size);
    if (last === entry) {
      if (!minOne) return [];
      last = entry + 1;
    }
    const start = this.index.position(entry);
    const end = last === this.index.count ? this.size : this.index.position(last);
    return this.store.read(start, end - start);
  }

  /** Reads one stored batch by index entry (for timestamp lookups). */
  readBatch(entry: number): { buffer: Buffer; header: BatchHeader } {
    const start = this.index.position(entry);
    const end = entry + 1 === this.index.count ? this.size : this.index.position(entry + 1);
    const buffer = Buffer.concat(this.store.read(start, end - start));
    return { buffer, header: readBatchHeader(buffer, 0) };
  }

  /**
   * Opens a stored segment. The index is trusted when it is consistent with the log; otherwise (and always
   * for the active segment, the only one a crash can tear) every batch is re-read and its CRC checked, the
   * log is cut at the first invalid or non-contiguous batch and the index rebuilt.
   */
  static recover(baseOffset: number, store: SegmentStore, verifyAll: boolean): SegmentRecovery {
    if (!verifyAll) {
      const stored = store.readIndex();
      if (stored !== null && stored.length % INDEX_ENTRY_BYTES === 0) {
        const segment = new Segment(baseOffset, store, OffsetIndex.decode(stored));
        if (segment.adoptIndex()) return { segment, truncatedBytes: 0, scanned: null };
      }
    }
    return Segment.scan(baseOffset, store);
  }

  /** Checks the loaded index against the log and derives nextOffset and maxTimestamp from it. */
  private adoptIndex(): boolean {
    const { index } = this;
    if (index.count === 0) return this.size === 0;
    let previousOffset = -1;
    let previousPosition = -1;
    for (let entry = 0; entry < index.count; entry++) {
      const relativeOffset = index.relativeOffset(entry);
      const position = index.position(entry);
      if (relativeOffset <= previousOffset || position <= previousPosition) return false;
      if (entry === 0 && (relativeOffset !== 0 || position !== 0)) return false;
      if (index.maxTimestamp(entry) > this.maxTimestamp) this.maxTimestamp = index.maxTimestamp(entry);
      previousOffset = relativeOffset;
      previousPosition = position;
    }
    const lastPosition = index.position(index.count - 1);
    if (this.size - lastPosition < BATCH_HEADER_BYTES) return false;
    const header = readBatchHeader(Buffer.concat(this.store.read(lastPosition, BATCH_HEADER_BYTES)), 0);
    if (lastPosition + header.size !== this.size) return false;
    if (header.baseOffset !== this.baseOffset + index.relativeOffset(index.count - 1)) return false;
    this.nextOffset = header.baseOffset + header.lastOffsetDelta + 1;
    return true;
  }

  private static scan(baseOffset: number, store: SegmentStore): SegmentRecovery {
    const segment = new Segment(baseOffset, store);
    const scanned: BatchHeader[] = [];
    const size = store.size;
    let chunk = Buffer.alloc(0);
    let chunkStart = 0;
    let position = 0;
    // Makes [position, position + length) addressable in `chunk`; false when the file is shorter.
    const ensure = (length: number): boolean => {
      if (position + length > size) return false;
      if (position >= chunkStart && position + length <= chunkStart + chunk.length) return true;
      chunk = Buffer.concat(
        store.read(position, Math.min(size - position, Math.max(length, SCAN_CHUNK_BYTES))),
      );
      chunkStart = position;
      return chunk.length >= length;
    };
    while (position < size) {
      if (!ensure(12)) break;
      const batchSize = batchSizeAt(chunk, position - chunkStart);
      if (batchSize < BATCH_HEADER_BYTES || !ensure(batchSize)) break;
      const at = position - chunkStart;
      const check = checkBatch(chunk, at, at + batchSize);
      if (!check.ok || check.header.baseOffset !== segment.nextOffset) break;
      const header = { ...check.header, position };
      scanned.push(header);
      segment.index.push(header.baseOffset - baseOffset, position, header.maxTimestamp);
      if (header.maxTimestamp > segment.maxTimestamp) segment.maxTimestamp = header.maxTimestamp;
      segment.nextOffset = header.baseOffset + header.lastOffsetDelta + 1;
      position += batchSize;
    }
    const truncatedBytes = size - position;
    if (truncatedBytes > 0) store.truncate(position);
    store.rewriteIndex(segment.index.encode());
    return { segment, truncatedBytes, scanned };
  }
}
