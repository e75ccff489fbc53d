import { connect, type Socket } from 'node:net';
import { Reader } from '../protocol/reader.ts';
import { Writer } from '../protocol/writer.ts';

/** A bare Kafka protocol client for tests: sends hand-made frames and hands back response bodies. */
export class RawClient {
  private buffered = Buffer.alloc(0);
  private readonly waiting = new Map<number, { apiKey: number; resolve: (body: Reader) => void }>();
  /** API keys of the responses received so far, in arrival order. */
  readonly answered: number[] = [];
  private nextCorrelationId = 1;
  /** Resolves when the broker closes the connection. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => {});
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  private receive(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 4) {
      const size = this.buffered.readInt32BE(0);
      if (this.buffered.length < 4 + size) return;
      const frame = this.buffered.subarray(4, 4 + size);
      this.buffered = this.buffered.subarray(4 + size);
      const correlationId = frame.readInt32BE(0);
      const waiting = this.waiting.get(correlationId);
      this.waiting.delete(correlationId);
      if (!waiting) continue;
      this.answered.push(waiting.apiKey);
      waiting.resolve(new Reader(frame, 4));
    }
  }

  /** Sends a request with header v1 and resolves with the response body (after the correlation id). */
  request(apiKey: number, apiVersion: number, body: (w: Writer) => void = () => {}): Promise<Reader> {
    const correlationId = this.nextCorrelationId++;
    const writer = new Writer()
      .int16(apiKey)
      .int16(apiVersion)
      .int32(correlationId)
      .nullableString('raw-test');
    body(writer);
    const payload = Buffer.concat(writer.toBuffers());
    const size = Buffer.alloc(4);
    size.writeInt32BE(payload.length);
    const response = new Promise<Reader>((resolve) => this.waiting.set(correlationId, { apiKey, resolve }));
    this.socket.write(Buffer.concat([size, payload]));
    return response;
  }

  /** Writes bytes as they are, framing included. */
  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  close(): void {
    this.socket.destroy();
  }
}
