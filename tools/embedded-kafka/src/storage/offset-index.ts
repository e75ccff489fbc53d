/** Bytes per entry in an `.index` file: relative offset, position and max timestamp of one batch. */
export const INDEX_ENTRY_BYTES = 16;
const TWO_32 = 4294967296;

/**
 * One entry per stored batch: where it starts and its newest timestamp. Kept in typed arrays so that
 * even a million batches cost a few megabytes, and mirrored to the segment's `.index` file.
 */
export class OffsetIndex {
  private relativeOffsets = new Int32Array(64);
  private positions = new Int32Array(64);
  private timestamps = new Float64Array(64);
  count = 0;

  push(relativeOffset: number, position: number, maxTimestamp: number): void {
    if (this.count === this.positions.length) this.grow();
    this.relativeOffsets[this.count] = relativeOffset;
    this.positions[this.count] = position;
    this.timestamps[this.count] = maxTimestamp;
    this.count++;
  }

  private grow(): void {
    const capacity = this.positions.length * 2;
    const relativeOffsets = new Int32Array(capacity);
    const positions = new Int32Array(capacity);
    const timestamps = new Float64Array(capacity);
    relativeOffsets.set(this.relativeOffsets);
    positions.set(this.positions);
    timestamps.set(this.timestamps);
    this.relativeOffsets = relativeOffsets;
    this.positions = positions;
    this.timestamps = timestamps;
  }

  relativeOffset(entry: number): number {
    return this.relativeOffsets[entry] as number;
  }

  position(entry: number): number {
    return this.positions[entry] as number;
  }

  maxTimestamp(entry: number): number {
    return this.timestamps[entry] as number;
  }

  /** Last entry whose batch starts at or before `relativeOffset`, or -1. */
  floor(relativeOffset: number): number {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((this.relativeOffsets[middle] as number) <= relativeOffset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Last entry `j` in `[from, count]` with `position(j) - position(from) <= maxBytes`, `position(count)` being `end`. */
  lastEntryWithin(from: number, maxBytes: number, end: number): number {
    const start = this.position(from);
    let low = from;
    let high = this.count;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      const position = middle === this.count ? end : this.position(middle);
      if (position - start <= maxBytes) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  encode(from = 0, to = this.count): Buffer {
    const buffer = Buffer.allocUnsafe((to - from) * INDEX_ENTRY_BYTES);
    for (let entry = from, at = 0; entry < to; entry++, at += INDEX_ENTRY_BYTES) {
      const timestamp = this.timestamps[entry] as number;
      buffer.writeInt32BE(this.relativeOffsets[entry] as number, at);
      buffer.writeInt32BE(this.positions[entry] as number, at + 4);
      buffer.writeInt32BE(Math.floor(timestamp / TWO_32), at + 8);
      buffer.writeUInt32BE(timestamp >>> 0, at + 12);
    }
    return buffer;
  }

  /** Decodes whole entries; a torn trailing entry is ignored. */
  static decode(buffer: Buffer): OffsetIndex {
    const index = new OffsetIndex();
    const count = Math.floor(buffer.length / INDEX_ENTRY_BYTES);
    for (let entry = 0, at = 0; entry < count; entry++, at += INDEX_ENTRY_BYTES) {
      index.push(
        buffer.readInt32BE(at),
        buffer.readInt32BE(at + 4),
        buffer.readInt32BE(at + 8) * TWO_32 + buffer.readUInt32BE(at + 12),
      );
    }
    return index;
  }
}
