import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../protocol/error-codes.ts';
import type { BatchHeader } from '../protocol/record-batch.ts';
import { ProducerStateTable } from './producer-state.ts';

function batch(baseSequence: number, count: number, producerEpoch = 0): BatchHeader {
  return {
    position: 0,
    size: 0,
    baseOffset: 0,
    lastOffsetDelta: count - 1,
    firstTimestamp: 0,
    maxTimestamp: 0,
    producerId: 7,
    producerEpoch,
    baseSequence,
    recordCount: count,
    attributes: 0,
  };
}

describe('idempotent producer state', () => {
  it('accepts consecutive sequences and recognises a retried batch', () => {
    const table = new ProducerStateTable();
    expect(table.check(batch(0, 3))).toEqual({ action: 'append' });
    table.update(batch(0, 3), 100);
    expect(table.check(batch(3, 2))).toEqual({ action: 'append' });
    table.update(batch(3, 2), 103);
    expect(table.check(batch(0, 3))).toEqual({ action: 'duplicate', baseOffset: 100 });
  });

  it('rejects gaps as out of order and old sequences as duplicates, as Kafka does', () => {
    const table = new ProducerStateTable();
    for (let i = 0; i < 7; i++) table.update(batch(i, 1), i);
    expect(table.check(batch(9, 1))).toEqual({
      action: 'reject',
      code: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    });
    expect(table.check(batch(0, 1))).toEqual({ action: 'reject', code: ErrorCode.DUPLICATE_SEQUENCE_NUMBER });
  });

  it('fences older epochs and requires sequence 0 from a new epoch', () => {
    const table = new ProducerStateTable();
    table.update(batch(0, 1, 1), 0);
    expect(table.check(batch(1, 1, 0))).toEqual({ action: 'reject', code: ErrorCode.INVALID_PRODUCER_EPOCH });
    expect(table.check(batch(5, 1, 2))).toEqual({
      action: 'reject',
      code: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    });
    expect(table.check(batch(0, 1, 2))).toEqual({ action: 'append' });
  });

  it('accepts any sequence from a producer it has no state for', () => {
    expect(new ProducerStateTable().check(batch(42, 1))).toEqual({ action: 'append' });
  });
});
