/** Thrown when a request body does not match its schema; the broker closes the offending connection. */
export class MalformedRequestError extends Error {
  override name = 'MalformedRequestError';
}

const TWO_32 = 4294967296;

/** Sequential reader of the non-flexible Kafka wire types over one request body. */
export class Reader {
  offset: number;

  constructor(
    readonly buffer: Buffer,
    offset = 0,
    private readonly end = buffer.length,
  ) {
    this.offset = offset;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  private need(bytes: number): void {
    if (bytes < 0 || this.offset + bytes > this.end) {
      throw new MalformedRequestError(`request truncated: needed ${bytes} bytes at ${this.offset}`);
    }
  }

  int8(): number {
    this.need(1);
    return this.buffer.readInt8(this.offset++);
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    this.need(2);
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  int32(): number {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /** int64 as a JS number: offsets, timestamps and producer ids stay far below 2^53. */
  int64(): number {
    this.need(8);
    const value = this.buffer.readInt32BE(this.offset) * TWO_32 + this.buffer.readUInt32BE(this.offset + 4);
    this.offset += 8;
    return value;
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length < 0) return null;
    this.need(length);
    const value = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  string(): string {
    const value = this.nullableString();
    if (value === null) throw new MalformedRequestError('null where a string is required');
    return value;
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    if (length < 0) return null;
    this.need(length);
    const value = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  bytes(): Buffer {
    return this.nullableBytes() ?? Buffer.alloc(0);
  }

  nullableArray<T>(readItem: (reader: Reader) => T): T[] | null {
    const count = this.int32();
    if (count < 0) return null;
    // Every element takes at least one byte, so a larger count is a lie that would make us allocate for nothing.
    if (count > this.remaining)
      throw new MalformedRequestError(`array of ${count} elements in ${this.remaining} bytes`);
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(readItem(this));
    return items;
  }

  array<T>(readItem: (reader: Reader) => T): T[] {
    return this.nullableArray(readItem) ?? [];
  }
}
