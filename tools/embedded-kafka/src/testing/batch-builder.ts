import { crc32c } from '../protocol/crc32c.ts';

/** A record to encode in a test batch. */
export interface TestRecord {
  key?: string | Buffer | null;
  value: string | Buffer | null;
  /** Absolute timestamp; defaults to the batch's first timestamp. */
  timestamp?: number;
}

export interface TestBatch {
  records: TestRecord[];
  firstTimestamp?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  attributes?: number;
}

function varint(value: number): number[] {
  let zigzag = value >= 0 ? value * 2 : -value * 2 - 1;
  const bytes: number[] = [];
  while (zigzag >= 0x80) {
    bytes.push((zigzag % 128) | 0x80);
    zigzag = Math.floor(zigzag / 128);
  }
  bytes.push(zigzag);
  return bytes;
}

function field(value: string | Buffer | null | undefined): Buffer {
  if (value === null || value === undefined) return Buffer.from(varint(-1));
  const bytes = Buffer.from(value);
  return Buffer.concat([Buffer.from(varint(bytes.length)), bytes]);
}

/** Encodes an uncompressed record batch v2 with a correct CRC-32C, as a producer would send it. */
export function buildBatch(batch: TestBatch): Buffer {
  const firstTimestamp = batch.firstTimestamp ?? batch.records[0]?.timestamp ?? Date.now();
  const records = batch.records.map((record, offsetDelta) => {
    const body = Buffer.concat([
      Buffer.from([0]),
      Buffer.from(varint((record.timestamp ?? firstTimestamp) - firstTimestamp)),
      Buffer.from(varint(offsetDelta)),
      field(record.key),
      field(record.value),
      Buffer.from(varint(0)),
    ]);
    return Buffer.concat([Buffer.from(varint(body.length)), body]);
  });
  const maxTimestamp = Math.max(firstTimestamp, ...batch.records.map((r) => r.timestamp ?? firstTimestamp));
  const header = Buffer.alloc(61);
  const payload = Buffer.concat(records);
  header.writeBigInt64BE(0n, 0);
  header.writeInt32BE(61 - 12 + payload.length, 8);
  header.writeInt32BE(-1, 12);
  header.writeInt8(2, 16);
  header.writeInt16BE(batch.attributes ?? 0, 21);
  header.writeInt32BE(batch.records.length - 1, 23);
  header.writeBigInt64BE(BigInt(firstTimestamp), 27);
  header.writeBigInt64BE(BigInt(maxTimestamp), 35);
  header.writeBigInt64BE(BigInt(batch.producerId ?? -1), 43);
  header.writeInt16BE(batch.producerEpoch ?? -1, 51);
  header.writeInt32BE(batch.baseSequence ?? -1, 53);
  header.writeInt32BE(batch.records.length, 57);
  const whole = Buffer.concat([header, payload]);
  whole.writeUInt32BE(crc32c(whole, 21), 17);
  return whole;
}

/** Decodes the values of every record in a set of uncompressed batches (what a consumer would see). */
export function readValues(records: Buffer): { offset: number; value: string | null }[] {
  const values: { offset: number; value: string | null }[] = [];
  let position = 0;
  const readVarint = (): number => {
    let result = 0;
    let multiplier = 1;
    for (;;) {
      const byte = records[position++] as number;
      result += (byte & 0x7f) * multiplier;
      if ((byte & 0x80) === 0) break;
      multiplier *= 128;
    }
    return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
  };
  while (position < records.length) {
    const baseOffset = Number(records.readBigInt64BE(position));
    const end = position + 12 + records.readInt32BE(position + 8);
    const count = records.readInt32BE(position + 57);
    position += 61;
    for (let i = 0; i < count; i++) {
      readVarint(); // length
      position += 1; // attributes
      readVarint(); // timestamp delta
      const offsetDelta = readVarint();
      const keyLength = readVarint();
      if (keyLength > 0) position += keyLength;
      const valueLength = readVarint();
      const value = valueLength < 0 ? null : records.toString('utf8', position, position + valueLength);
      if (valueLength > 0) position += valueLength;
      const headers = readVarint();
      for (let h = 0; h < headers; h++) {
        position += readVarint();
        position += Math.max(0, readVarint());
      }
      values.push({ offset: baseOffset + offsetDelta, value });
    }
    position = end;
  }
  return values;
}
