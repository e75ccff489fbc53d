import { ApiKey } from '../protocol/api-keys.ts';
import type { Reader } from '../protocol/reader.ts';
import type { RawClient } from './raw-client.ts';

/** Produce v7 of one record set to one partition; resolves with that partition's error code and base offset. */
export async function rawProduce(
  client: RawClient,
  topic: string,
  records: Buffer,
  acks = -1,
): Promise<{ errorCode: number; baseOffset: number }> {
  const response = await client.request(ApiKey.Produce, 7, (w) => {
    w.nullableString(null).int16(acks).int32(5000);
    w.array([topic], (tw, name) => tw.string(name).array([records], (pw, set) => pw.int32(0).bytes(set)));
  });
  return readProduceResponse(response);
}

function readProduceResponse(r: Reader): { errorCode: number; baseOffset: number } {
  const [topic] = r.array((t) => ({
    name: t.string(),
    partitions: t.array((p) => [p.int32(), p.int16(), p.int64()]),
  }));
  const [, errorCode, baseOffset] = topic?.partitions[0] ?? [];
  return { errorCode: errorCode as number, baseOffset: baseOffset as number };
}

/** Fetch v11 of partition 0 from `offset`; resolves with the error code, high watermark and record bytes. */
export async function rawFetch(
  client: RawClient,
  topic: string,
  offset: number,
  maxWaitMs: number,
  minBytes: number,
): Promise<{ errorCode: number; highWatermark: number; records: Buffer }> {
  const r = await client.request(ApiKey.Fetch, 11, (w) => {
    w.int32(-1)
      .int32(maxWaitMs)
      .int32(minBytes)
      .int32(1024 * 1024)
      .int8(0)
      .int32(0)
      .int32(-1);
    w.array([topic], (tw, name) =>
      tw.string(name).array([0], (pw, partition) =>
        pw
          .int32(partition)
          .int32(-1)
          .int64(offset)
          .int64(-1)
          .int32(1024 * 1024),
      ),
    );
    w.array([], () => {});
    w.string('');
  });
  r.int32(); // throttle
  r.int16(); // top-level error
  r.int32(); // session
  const [partition] =
    r.array((t) => {
      t.string();
      return t.array((p) => {
        p.int32();
        const errorCode = p.int16();
        const highWatermark = p.int64();
        p.int64();
        p.int64();
        p.array((a) => [a.int64(), a.int64()]);
        p.int32();
        return { errorCode, highWatermark, records: Buffer.from(p.bytes()) };
      });
    })[0] ?? [];
  if (!partition) throw new Error('no partition in fetch response');
  return partition;
}

/** ListOffsets v3 latest offset (high watermark) of partition 0. */
export async function rawHighWatermark(client: RawClient, topic: string): Promise<number> {
  const r = await client.request(ApiKey.ListOffsets, 3, (w) => {
    w.int32(-1)
      .int8(0)
      .array([topic], (tw, name) => tw.string(name).array([0], (pw, p) => pw.int32(p).int64(-1)));
  });
  r.int32();
  const [[result]] = r.array((t) => {
    t.string();
    return t.array((p) => {
      p.int32();
      p.int16();
      p.int64();
      return p.int64();
    });
  }) as [[number]];
  return result;
}

/** Creates a one-partition topic with CreateTopics v3. */
export async function rawCreateTopic(client: RawClient, topic: string): Promise<number> {
  const r = await client.request(ApiKey.CreateTopics, 3, (w) => {
    w.array([topic], (tw, name) =>
      tw
        .string(name)
        .int32(1)
        .int16(1)
        .array([], () => {})
        .array([], () => {}),
    );
    w.int32(1000).bool(false);
  });
  r.int32();
  const [errorCode] = r.array((t) => {
    t.string();
    const code = t.int16();
    t.nullableString();
    return code;
  });
  return errorCode as number;
}
