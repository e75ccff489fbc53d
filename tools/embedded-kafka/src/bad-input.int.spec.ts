import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerHandle } from './index.ts';
import { ApiKey } from './protocol/api-keys.ts';
import { ErrorCode } from './protocol/error-codes.ts';
import { buildBatch } from './testing/batch-builder.ts';
import { kafkaClient, producerConfig } from './testing/kafkajs.ts';
import { RawClient } from './testing/raw-client.ts';
import { rawCreateTopic, rawHighWatermark, rawProduce } from './testing/raw-requests.ts';

const MAX_FRAME = 1024 * 1024;

describe('bad input', () => {
  let broker: BrokerHandle;
  let observer: RawClient;
  const warnings: string[] = [];

  beforeAll(async () => {
    broker = await startBroker({
      port: 0,
      inMemory: true,
      maxFrameBytes: MAX_FRAME,
      log: (m) => warnings.push(m),
    });
    observer = await RawClient.connect(broker.port);
    expect(await rawCreateTopic(observer, 'victim')).toBe(ErrorCode.NONE);
    expect(
      (await rawProduce(observer, 'victim', buildBatch({ records: [{ value: 'good' }] }))).errorCode,
    ).toBe(0);
  });
  afterAll(async () => {
    observer.close();
    await broker.stop();
  });

  /** Other clients are unaffected: the observer's connection still works and a kafkajs producer can write. */
  async function othersStillWork(): Promise<void> {
    const before = await rawHighWatermark(observer, 'victim');
    const producer = kafkaClient(broker.port).producer(producerConfig);
    await producer.connect();
    await producer.send({ topic: 'victim', messages: [{ value: 'still fine' }] });
    await producer.disconnect();
    expect(await rawHighWatermark(observer, 'victim')).toBe(before + 1);
  }

  it('closes a connection that sends a malformed frame, writing nothing', async () => {
    const before = await rawHighWatermark(observer, 'victim');
    const offender = await RawClient.connect(broker.port);
    // A frame too short to hold a request header.
    offender.write(Buffer.from([0, 0, 0, 3, 1, 2, 3]));
    await offender.closed;

    // A well-framed Produce whose body claims far more data than it carries.
    const liar = await RawClient.connect(broker.port);
    void liar.request(ApiKey.Produce, 7, (w) =>
      w.nullableString(null).int16(-1).int32(1000).int32(1).string('victim').int32(50),
    );
    await liar.closed;
    expect(warnings.join('\n')).toMatch(/malformed/);
    expect(await rawHighWatermark(observer, 'victim')).toBe(before);
    await othersStillWork();
  });

  it('closes a connection that announces an oversized frame, before reading it', async () => {
    const offender = await RawClient.connect(broker.port);
    const header = Buffer.alloc(4);
    header.writeInt32BE(MAX_FRAME * 4);
    offender.write(header);
    await offender.closed;
    expect(warnings.join('\n')).toMatch(/exceeds maxFrameBytes/);
    await othersStillWork();
  });

  it('answers an unknown API key with UNSUPPORTED_VERSION and keeps the connection', async () => {
    const client = await RawClient.connect(broker.port);
    const response = await client.request(999, 0);
    expect(response.int16()).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const unsupportedVersion = await client.request(ApiKey.Metadata, 42);
    expect(unsupportedVersion.int16()).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const versions = await client.request(ApiKey.ApiVersions, 2);
    expect(versions.int16()).toBe(ErrorCode.NONE);
    client.close();
    await othersStillWork();
  });

  it('rejects a batch with a wrong CRC with CORRUPT_MESSAGE and writes nothing', async () => {
    const before = await rawHighWatermark(observer, 'victim');
    const client = await RawClient.connect(broker.port);
    const batch = buildBatch({ records: [{ value: 'tampered' }] });
    batch.writeUInt32BE((batch.readUInt32BE(17) + 1) >>> 0, 17);
    expect(await rawProduce(client, 'victim', batch)).toEqual({
      errorCode: ErrorCode.CORRUPT_MESSAGE,
      baseOffset: -1,
    });
    // The same connection keeps working for a valid batch.
    const good = await rawProduce(client, 'victim', buildBatch({ records: [{ value: 'honest' }] }));
    expect(good).toEqual({ errorCode: ErrorCode.NONE, baseOffset: before });
    client.close();
    await othersStillWork();
  });
});
