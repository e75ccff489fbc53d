import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import type { BatchHeader } from '../protocol/record-batch.ts';

// Kafka keeps the last five batches of each producer so that a retried batch is recognised as a duplicate.
const CACHED_BATCHES = 5;
const SEQUENCE_LIMIT = 2 ** 31;

interface CachedBatch {
  firstSequence: number;
  lastSequence: number;
  baseOffset: number;
}

interface ProducerEntry {
  epoch: number;
  lastSequence: number;
  batches: CachedBatch[];
}

/** What to do with an idempotent batch. */
export type SequenceCheck =
  | { action: 'append' }
  | { action: 'duplicate'; baseOffset: number }
  | { action: 'reject'; code: ErrorCodeValue };

function lastSequenceOf(batch: BatchHeader): number {
  return (batch.baseSequence + batch.lastOffsetDelta) % SEQUENCE_LIMIT;
}

/** Per-partition state of idempotent producers: epochs and sequence numbers, with Kafka's rules. */
export class ProducerStateTable {
  private readonly producers = new Map<number, ProducerEntry>();

  check(batch: BatchHeader): SequenceCheck {
    const entry = this.producers.get(batch.producerId);
    // No state (new producer, or state lost with a restart or retention): Kafka accepts any sequence.
    if (!entry) return { action: 'append' };
    if (batch.producerEpoch < entry.epoch)
      return { action: 'reject', code: ErrorCode.INVALID_PRODUCER_EPOCH };
    if (batch.producerEpoch > entry.epoch) {
      return batch.baseSequence === 0
        ? { action: 'append' }
        : { action: 'reject', code: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER };
    }
    const lastSequence = lastSequenceOf(batch);
    const cached = entry.batches.find(
      (b) => b.firstSequence === batch.baseSequence && b.lastSequence === lastSequence,
    );
    if (cached) return { action: 'duplicate', baseOffset: cached.baseOffset };
    if (batch.baseSequence === (entry.lastSequence + 1) % SEQUENCE_LIMIT) return { action: 'append' };
    // A sequence at or before the last one written, but too old to be in the cache, was already written.
    const behind = (entry.lastSequence - batch.baseSequence + SEQUENCE_LIMIT) % SEQUENCE_LIMIT;
    if (behind < SEQUENCE_LIMIT / 2) return { action: 'reject', code: ErrorCode.DUPLICATE_SEQUENCE_NUMBER };
    return { action: 'reject', code: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER };
  }

  /** Records a batch once it is in the log, with its assigned base offset. */
  update(batch: BatchHeader, baseOffset: number): void {
    if (batch.producerId < 0) return;
    let entry = this.producers.get(batch.producerId);
    if (!entry || entry.epoch !== batch.producerEpoch) {
      entry = { epoch: batch.producerEpoch, lastSequence: -1, batches: [] };
      this.producers.set(batch.producerId, entry);
    }
    const lastSequence = lastSequenceOf(batch);
    entry.lastSequence = lastSequence;
    entry.batches.push({ firstSequence: batch.baseSequence, lastSequence, baseOffset });
    if (entry.batches.length > CACHED_BATCHES) entry.batches.shift();
  }
}
