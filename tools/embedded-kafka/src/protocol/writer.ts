const TWO_32 = 4294967296;
// Payloads at least this large (record sets) are referenced instead of copied.
const ZERO_COPY_THRESHOLD = 1024;

/** Builds a response body as a list of buffers, so fetched record sets are sent without copying. */
export class Writer {
  private readonly chunks: Buffer[] = [];
  private scratch = Buffer.allocUnsafe(512);
  private position = 0;
  private flushed = 0;

  get length(): number {
    return this.flushed + this.position;
  }

  private ensure(bytes: number): void {
    if (this.position + bytes <= this.scratch.length) return;
    this.flush();
    if (bytes > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(bytes, 4096));
  }

  private flush(): void {
    if (this.position === 0) return;
    this.chunks.push(this.scratch.subarray(0, this.position));
    this.flushed += this.position;
    this.scratch = this.scratch.subarray(this.position);
    if (this.scratch.length < 64) this.scratch = Buffer.allocUnsafe(4096);
    this.position = 0;
  }

  int8(value: number): this {
    this.ensure(1);
    this.position = this.scratch.writeInt8(value, this.position);
    return this;
  }

  bool(value: boolean): this {
    return this.int8(value ? 1 : 0);
  }

  int16(value: number): this {
    this.ensure(2);
    this.position = this.scratch.writeInt16BE(value, this.position);
    return this;
  }

  int32(value: number): this {
    this.ensure(4);
    this.position = this.scratch.writeInt32BE(value, this.position);
    return this;
  }

  int64(value: number): this {
    this.ensure(8);
    this.scratch.writeInt32BE(Math.floor(value / TWO_32), this.position);
    this.scratch.writeUInt32BE(value >>> 0, this.position + 4);
    this.position += 8;
    return this;
  }

  nullableString(value: string | null): this {
    if (value === null) return this.int16(-1);
    const length = Buffer.byteLength(value);
    this.int16(length);
    this.ensure(length);
    this.position += this.scratch.write(value, this.position);
    return this;
  }

  string(value: string): this {
    return this.nullableString(value);
  }

  nullableBytes(value: Buffer | null): this {
    if (value === null) return this.int32(-1);
    this.int32(value.length);
    return this.raw(value);
  }

  bytes(value: Buffer): this {
    return this.nullableBytes(value);
  }

  /** Appends bytes as they are (record sets are sent after an explicit length). */
  raw(value: Buffer): this {
    if (value.length >= ZERO_COPY_THRESHOLD) {
      this.flush();
      this.chunks.push(value);
      this.flushed += value.length;
      return this;
    }
    this.ensure(value.length);
    value.copy(this.scratch, this.position);
    this.position += value.length;
    return this;
  }

  array<T>(items: readonly T[], writeItem: (writer: this, item: T) => void): this {
    this.int32(items.length);
    for (const item of items) writeItem(this, item);
    return this;
  }

  toBuffers(): Buffer[] {
    this.flush();
    return this.chunks;
  }
}
