import { crc32c } from './crc32c.ts';
import { ErrorCode, type ErrorCodeValue } from './error-codes.ts';

// Record batch v2 layout (byte offsets inside one batch).
const BASE_OFFSET = 0;
const BATCH_LENGTH = 8;
const MAGIC = 16;
const CRC = 17;
const ATTRIBUTES = 21;
const LAST_OFFSET_DELTA = 23;
const FIRST_TIMESTAMP = 27;
const MAX_TIMESTAMP = 35;
const PRODUCER_ID = 43;
const PRODUCER_EPOCH = 51;
const BASE_SEQUENCE = 53;
const RECORD_COUNT = 57;
/** Size of the fixed part of a v2 batch; the records follow it. */
export const BATCH_HEADER_BYTES = 61;
// Bytes of a batch not counted by its batchLength field (baseOffset and batchLength themselves).
const LOG_OVERHEAD = 12;

const TWO_32 = 4294967296;
const TRANSACTIONAL_FLAG = 0x10;
const CONTROL_FLAG = 0x20;
const COMPRESSION_MASK = 0x07;

/** The fields of a batch header the broker acts on. */
export interface BatchHeader {
  /** Position of the batch in the buffer it was read from. */
  position: number;
  /** Whole batch size in bytes, header included. */
  size: number;
  baseOffset: number;
  lastOffsetDelta: number;
  firstTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
  attributes: number;
}

function readInt64(buffer: Buffer, position: number): number {
  return buffer.readInt32BE(position) * TWO_32 + buffer.readUInt32BE(position + 4);
}

/** Outcome of checking the batch that starts at a position. */
export type BatchCheck =
  | { ok: true; header: BatchHeader }
  | { ok: false; reason: 'truncated' | 'corrupt' | 'magic' | 'crc'; code: ErrorCodeValue };

/** Checks framing, magic and CRC-32C of the batch starting at `position`, without trusting any field blindly. */
export function checkBatch(buffer: Buffer, position: number, end = buffer.length): BatchCheck {
  if (end - position < BATCH_HEADER_BYTES)
    return { ok: false, reason: 'truncated', code: ErrorCode.CORRUPT_MESSAGE };
  const size = buffer.readInt32BE(position + BATCH_LENGTH) + LOG_OVERHEAD;
  if (size < BATCH_HEADER_BYTES) return { ok: false, reason: 'corrupt', code: ErrorCode.CORRUPT_MESSAGE };
  if (size > end - position) return { ok: false, reason: 'truncated', code: ErrorCode.CORRUPT_MESSAGE };
  if (buffer.readInt8(position + MAGIC) !== 2) {
    return { ok: false, reason: 'magic', code: ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT };
  }
  if (crc32c(buffer, position + ATTRIBUTES, position + size) !== buffer.readUInt32BE(position + CRC)) {
    return { ok: false, reason: 'crc', code: ErrorCode.CORRUPT_MESSAGE };
  }
  const header = readBatchHeader(buffer, position, size);
  if (header.lastOffsetDelta < 0 || header.recordCount < 0) {
    return { ok: false, reason: 'corrupt', code: ErrorCode.CORRUPT_MESSAGE };
  }
  return { ok: true, header };
}

/** Reads the header of a batch already known to be complete. */
export function readBatchHeader(buffer: Buffer, position: number, size?: number): BatchHeader {
  return {
    position,
    size: size ?? buffer.readInt32BE(position + BATCH_LENGTH) + LOG_OVERHEAD,
    baseOffset: readInt64(buffer, position + BASE_OFFSET),
    attributes: buffer.readInt16BE(position + ATTRIBUTES),
    lastOffsetDelta: buffer.readInt32BE(position + LAST_OFFSET_DELTA),
    firstTimestamp: readInt64(buffer, position + FIRST_TIMESTAMP),
    maxTimestamp: readInt64(buffer, position + MAX_TIMESTAMP),
    producerId: readInt64(buffer, position + PRODUCER_ID),
    producerEpoch: buffer.readInt16BE(position + PRODUCER_EPOCH),
    baseSequence: buffer.readInt32BE(position + BASE_SEQUENCE),
    recordCount: buffer.readInt32BE(position + RECORD_COUNT),
  };
}

/** Size of the batch at `position` from its length field, or -1 when fewer than 12 bytes remain. */
export function batchSizeAt(buffer: Buffer, position: number): number {
  if (buffer.length - position < LOG_OVERHEAD) return -1;
  return buffer.readInt32BE(position + BATCH_LENGTH) + LOG_OVERHEAD;
}

/** Rewrites the base offset in place; the CRC does not cover it, so the batch stays valid. */
export function setBaseOffset(buffer: Buffer, position: number, baseOffset: number): void {
  buffer.writeInt32BE(Math.floor(baseOffset / TWO_32), position + BASE_OFFSET);
  buffer.writeUInt32BE(baseOffset >>> 0, position + BASE_OFFSET + 4);
}

/** Result of validating the record set of one produced partition. */
export type ProducedBatches =
  { ok: true; batches: BatchHeader[] } | { ok: false; code: ErrorCodeValue; message: string };

/** Splits a produced record set into v2 batches, verifying each; any defect rejects the whole set. */
export function parseProducedBatches(records: Buffer): ProducedBatches {
  const batches: BatchHeader[] = [];
  let position = 0;
  while (position < records.length) {
    const check = checkBatch(records, position);
    if (!check.ok)
      return { ok: false, code: check.code, message: `batch at byte ${position}: ${check.reason}` };
    const { header } = check;
    if (header.attributes & CONTROL_FLAG) {
      return { ok: false, code: ErrorCode.CORRUPT_MESSAGE, message: 'control batches cannot be produced' };
    }
    if (header.attributes & TRANSACTIONAL_FLAG) {
      return {
        ok: false,
        code: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
        message: 'transactions are not supported',
      };
    }
    batches.push(header);
    position += header.size;
  }
  if (batches.length === 0)
    return { ok: false, code: ErrorCode.CORRUPT_MESSAGE, message: 'empty record set' };
  return { ok: true, batches };
}

/** True when the batch's records are compressed, so they cannot be inspected one by one. */
export function isCompressed(header: BatchHeader): boolean {
  return (header.attributes & COMPRESSION_MASK) !== 0;
}

// Zig-zag varints as used inside v2 records; values are returned as JS numbers.
function readVarint(buffer: Buffer, cursor: { position: number }): number {
  let result = 0;
  let multiplier = 1;
  for (;;) {
    const byte = buffer[cursor.position++];
    if (byte === undefined) throw new RangeError('varint beyond end of batch');
    result += (byte & 0x7f) * multiplier;
    if ((byte & 0x80) === 0) break;
    multiplier *= 128;
  }
  return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
}

/**
 * Offset of the first record with a timestamp at or after `timestamp` in an uncompressed batch, with that
 * record's timestamp; null when every record is older.
 */
export function findRecordAtTimestamp(
  batch: Buffer,
  header: BatchHeader,
  timestamp: number,
): { offset: number; timestamp: number } | null {
  const cursor = { position: header.position + BATCH_HEADER_BYTES };
  for (let i = 0; i < header.recordCount; i++) {
    const length = readVarint(batch, cursor);
    const next = cursor.position + length;
    cursor.position += 1; // attributes
    const recordTimestamp = header.firstTimestamp + readVarint(batch, cursor);
    const offsetDelta = readVarint(batch, cursor);
    if (recordTimestamp >= timestamp)
      return { offset: header.baseOffset + offsetDelta, timestamp: recordTimestamp };
    cursor.position = next;
  }
  return null;
}
