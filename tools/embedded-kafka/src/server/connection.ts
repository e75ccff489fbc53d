import type { Socket } from 'node:net';
import { ApiKey } from '../protocol/api-keys.ts';
import { ErrorCode } from '../protocol/error-codes.ts';
import { MalformedRequestError, Reader } from '../protocol/reader.ts';
import { Writer } from '../protocol/writer.ts';
import type { ApiHandler, BrokerContext, Request, Response } from './api.ts';

// api_key, api_version, correlation_id and the client_id length: the smallest request header v1.
const MIN_FRAME_BYTES = 10;
// Frames queued behind a slow request before we stop reading from the socket.
const MAX_QUEUED_FRAMES = 64;

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

/**
 * One client connection. Frames are parsed as they arrive and answered strictly one after another, in the
 * order received, as Kafka does; a frame that cannot be parsed closes this connection only.
 */
export class Connection {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private frameSize = -1;
  private readonly queue: Buffer[] = [];
  private busy = false;
  private closed = false;
  private readonly closeListeners = new Set<() => void>();
  private readonly clientHost: string;

  constructor(
    private readonly socket: Socket,
    private readonly broker: BrokerContext,
    private readonly handlers: ReadonlyMap<number, ApiHandler>,
  ) {
    this.clientHost = `/${socket.remoteAddress ?? 'unknown'}`;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    // A reset from the client is routine; 'close' follows and does the cleanup.
    socket.on('error', () => {});
    socket.on('close', () => this.onClosed());
  }

  /** Closes the connection, e.g. when the broker stops. */
  destroy(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.frameSize < 0) {
        if (this.buffered < 4) break;
        const size = this.take(4).readInt32BE(0);
        if (size > this.broker.options.maxFrameBytes) {
          this.abort(`frame of ${size} bytes exceeds maxFrameBytes (${this.broker.options.maxFrameBytes})`);
          return;
        }
        if (size < MIN_FRAME_BYTES) {
          this.abort(`malformed frame of ${size} bytes`);
          return;
        }
        this.frameSize = size;
      }
      if (this.buffered < this.frameSize) break;
      this.queue.push(this.take(this.frameSize));
      this.frameSize = -1;
    }
    if (this.queue.length >= MAX_QUEUED_FRAMES) this.socket.pause();
    this.pump();
  }

  private take(bytes: number): Buffer {
    this.buffered -= bytes;
    const first = this.chunks[0] as Buffer;
    if (first.length >= bytes) {
      if (first.length === bytes) this.chunks.shift();
      else this.chunks[0] = first.subarray(bytes);
      return first.subarray(0, bytes);
    }
    const result = Buffer.allocUnsafe(bytes);
    let filled = 0;
    while (filled < bytes) {
      const chunk = this.chunks[0] as Buffer;
      const used = Math.min(chunk.length, bytes - filled);
      chunk.copy(result, filled, 0, used);
      filled += used;
      if (used === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(used);
    }
    return result;
  }

  private pump(): void {
    if (this.busy) return;
    this.busy = true;
    while (this.queue.length > 0 && !this.closed) {
      const frame = this.queue.shift() as Buffer;
      const correlationId = frame.readInt32BE(4);
      let response: Response | Promise<Response>;
      try {
        response = this.dispatch(frame);
      } catch (error) {
        this.fail(error);
        return;
      }
      if (isPromise(response)) {
        response.then(
          (body) => {
            this.send(correlationId, body);
            this.continueAfterWrite();
          },
          (error: unknown) => this.fail(error),
        );
        return;
      }
      this.send(correlationId, response);
      if (this.socket.writableNeedDrain) {
        this.socket.once('drain', () => this.continueAfterWrite());
        return;
      }
    }
    this.busy = false;
    if (this.socket.isPaused() && this.queue.length < MAX_QUEUED_FRAMES / 2) this.socket.resume();
  }

  private continueAfterWrite(): void {
    this.busy = false;
    this.pump();
  }

  private dispatch(frame: Buffer): Response | Promise<Response> {
    const header = new Reader(frame);
    const apiKey = header.int16();
    const apiVersion = header.int16();
    const correlationId = header.int32();
    const handler = this.handlers.get(apiKey);
    if (!handler || apiVersion < handler.minVersion || apiVersion > handler.maxVersion) {
      return this.unsupported(apiKey);
    }
    const clientId = header.nullableString();
    const request: Request = {
      apiKey,
      apiVersion,
      correlationId,
      clientId,
      clientHost: this.clientHost,
      body: header,
      onClose: (listener) => {
        this.closeListeners.add(listener);
        return () => this.closeListeners.delete(listener);
      },
    };
    return handler.handle(request, this.broker);
  }

  /**
   * The answer to an API or version we do not serve. ApiVersions gets its v0 shape with the full list, which
   * is how librdkafka and others learn which ApiVersions version to retry with (KIP-511); anything else gets
   * a body holding only UNSUPPORTED_VERSION, since its real shape is unknown to us. The connection stays open.
   */
  private unsupported(apiKey: number): Writer {
    const body = new Writer().int16(ErrorCode.UNSUPPORTED_VERSION);
    if (apiKey === ApiKey.ApiVersions) {
      body.array(this.broker.apis, (w, api) =>
        w.int16(api.apiKey).int16(api.minVersion).int16(api.maxVersion),
      );
    }
    return body;
  }

  private send(correlationId: number, body: Response): void {
    if (body === null || this.closed) return;
    const chunks = body.toBuffers();
    const header = Buffer.allocUnsafe(8);
    header.writeInt32BE(4 + body.length, 0);
    header.writeInt32BE(correlationId, 4);
    this.socket.cork();
    this.socket.write(header);
    for (const chunk of chunks) this.socket.write(chunk);
    this.socket.uncork();
  }

  private fail(error: unknown): void {
    if (error instanceof MalformedRequestError) this.abort(`malformed request: ${error.message}`);
    else
      this.abort(
        `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
  }

  private abort(reason: string): void {
    if (this.closed) return;
    this.broker.warn(
      `closing connection from ${this.socket.remoteAddress}:${this.socket.remotePort}: ${reason}`,
    );
    this.closed = true;
    this.socket.destroy();
  }

  private onClosed(): void {
    this.closed = true;
    this.queue.length = 0;
    for (const listener of [...this.closeListeners]) listener();
    this.closeListeners.clear();
  }
}
