import { describe, expect, it } from 'vitest';
import { buildBatch } from '../testing/batch-builder.ts';
import { ErrorCode } from './error-codes.ts';
import { checkBatch, findRecordAtTimestamp, parseProducedBatches, setBaseOffset } from './record-batch.ts';

describe('record batches', () => {
  it('splits a record set into verified batches', () => {
    const records = Buffer.concat([
      buildBatch({ records: [{ value: 'a' }, { value: 'b' }] }),
      buildBatch({ records: [{ value: 'c' }] }),
    ]);
    const parsed = parseProducedBatches(records);
    expect(parsed.ok && parsed.batches.map((b) => [b.lastOffsetDelta, b.recordCount])).toEqual([
      [1, 2],
      [0, 1],
    ]);
  });

  it('rejects a flipped bit through the CRC, and truncation and old magic values', () => {
    const batch = buildBatch({ records: [{ value: 'hello' }] });
    const flipped = Buffer.from(batch);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 1;
    expect(parseProducedBatches(flipped)).toMatchObject({ ok: false, code: ErrorCode.CORRUPT_MESSAGE });
    expect(parseProducedBatches(batch.subarray(0, batch.length - 1))).toMatchObject({ ok: false });
    const oldMagic = Buffer.from(batch);
    oldMagic.writeInt8(1, 16);
    expect(parseProducedBatches(oldMagic)).toMatchObject({
      ok: false,
      code: ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT,
    });
  });

  it('rejects transactional and control batches', () => {
    expect(parseProducedBatches(buildBatch({ records: [{ value: 'x' }], attributes: 0x10 }))).toMatchObject({
      ok: false,
      code: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
    });
    expect(parseProducedBatches(buildBatch({ records: [{ value: 'x' }], attributes: 0x20 }))).toMatchObject({
      ok: false,
    });
  });

  it('keeps the CRC valid when the base offset is rewritten', () => {
    const batch = buildBatch({ records: [{ value: 'a' }] });
    setBaseOffset(batch, 0, 2 ** 40 + 5);
    const check = checkBatch(batch, 0);
    expect(check.ok && check.header.baseOffset).toBe(2 ** 40 + 5);
  });

  it('finds the first record at or after a timestamp', () => {
    const batch = buildBatch({
      records: [
        { value: 'a', timestamp: 1000 },
        { value: 'b', timestamp: 2000 },
        { value: 'c', timestamp: 3000 },
      ],
    });
    const check = checkBatch(batch, 0);
    if (!check.ok) throw new Error('invalid batch');
    expect(findRecordAtTimestamp(batch, check.header, 1500)).toEqual({ offset: 1, timestamp: 2000 });
    expect(findRecordAtTimestamp(batch, check.header, 3001)).toBeNull();
  });
});
