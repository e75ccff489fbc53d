import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { ApiKey } from './protocol/api-keys.ts';
import { ErrorCode } from './protocol/error-codes.ts';
import { buildBatch, readValues } from './testing/batch-builder.ts';
import { RawClient } from './testing/raw-client.ts';
import { rawCreateTopic, rawFetch, rawHighWatermark, rawProduce } from './testing/raw-requests.ts';

describe('protocol details over TCP', () => {
  let broker: BrokerHandle;
  let client: RawClient;

  beforeAll(async () => {
    broker = await startBroker({ port: 0, inMemory: true, log: () => {} });
    client = await RawClient.connect(broker.port);
  });
  afterAll(async () => {
    client.close();
    await broker.stop();
  });

  it('answers ApiVersions v3 in the v0 shape with error 35 so clients fall back, keeping the connection', async () => {
    const fallback = await client.request(ApiKey.ApiVersions, 3);
    expect(fallback.int16()).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const keys = fallback.array((r) => ({ apiKey: r.int16(), min: r.int16(), max: r.int16() }));
    expect(keys).toContainEqual({ apiKey: ApiKey.ApiVersions, min: 0, max: 2 });
    expect(fallback.remaining).toBe(0);

    const v2 = await client.request(ApiKey.ApiVersions, 2);
    expect(v2.int16()).toBe(ErrorCode.NONE);
    const served = v2.array((r) => [r.int16(), r.int16(), r.int16()]);
    expect(served).toContainEqual([ApiKey.Produce, 3, 7]);
    expect(served).toContainEqual([ApiKey.Fetch, 4, 11]);
    expect(served).toContainEqual([ApiKey.JoinGroup, 0, 5]);
  });

  it('applies the idempotent producer sequence rules', async () => {
    await rawCreateTopic(client, 'sequences');
    const init = await client.request(ApiKey.InitProducerId, 1, (w) => w.nullableString(null).int32(60_000));
    init.int32();
    expect(init.int16()).toBe(ErrorCode.NONE);
    const producerId = init.int64();
    const batch = (baseSequence: number, count: number) =>
      buildBatch({
        producerId,
        producerEpoch: 0,
        baseSequence,
        records: Array.from({ length: count }, (_, i) => ({ value: `seq-${baseSequence + i}` })),
      });

    expect(await rawProduce(client, 'sequences', batch(0, 3))).toEqual({ errorCode: 0, baseOffset: 0 });
    // A retry of the same batch is acknowledged with its original offset and not written again.
    expect(await rawProduce(client, 'sequences', batch(0, 3))).toEqual({ errorCode: 0, baseOffset: 0 });
    expect(await rawProduce(client, 'sequences', batch(5, 1))).toEqual({
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      baseOffset: -1,
    });
    expect(await rawProduce(client, 'sequences', batch(3, 2))).toEqual({ errorCode: 0, baseOffset: 3 });
    expect(await rawHighWatermark(client, 'sequences')).toBe(5);

    const transactional = await client.request(ApiKey.InitProducerId, 1, (w) =>
      w.nullableString('tx').int32(60_000),
    );
    transactional.int32();
    expect(transactional.int16()).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  });

  it('sends no response to acks=0 and still answers the next request in order', async () => {
    await rawCreateTopic(client, 'fire-and-forget');
    const unanswered = rawProduce(client, 'fire-and-forget', buildBatch({ records: [{ value: 'x' }] }), 0);
    expect(await rawHighWatermark(client, 'fire-and-forget')).toBe(1);
    const settled = await Promise.race([unanswered.then(() => 'answered'), Promise.resolve('pending')]);
    expect(settled).toBe('pending');
  });

  it('holds a fetch until a produce brings data, and answers requests behind it afterwards', async () => {
    await rawCreateTopic(client, 'long-poll');
    const consumer = await RawClient.connect(broker.port);
    // A wait far beyond the test timeout: only the produce can end this fetch in time.
    const fetched = rawFetch(consumer, 'long-poll', 0, 600_000, 1);
    const queued = consumer.request(ApiKey.ApiVersions, 0);
    expect(await rawHighWatermark(client, 'long-poll')).toBe(0);
    expect(consumer.answered).toEqual([]);

    await rawProduce(client, 'long-poll', buildBatch({ records: [{ value: 'wake up' }] }));
    const result = await fetched;
    await queued;
    expect(consumer.answered).toEqual([ApiKey.Fetch, ApiKey.ApiVersions]);
    expect(result.highWatermark).toBe(1);
    expect(readValues(result.records).map((r) => r.value)).toEqual(['wake up']);
    consumer.close();
  });

  it('answers a fetch with less than min_bytes when max_wait_ms runs out', async () => {
    await rawCreateTopic(client, 'min-bytes');
    await rawProduce(client, 'min-bytes', buildBatch({ records: [{ value: 'small' }] }));
    const result = await rawFetch(client, 'min-bytes', 0, 100, 1024 * 1024);
    expect(readValues(result.records).map((r) => r.value)).toEqual(['small']);
    const outOfRange = await rawFetch(client, 'min-bytes', 7, 100, 1);
    expect(outOfRange.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });
});
