import {
  closeSync,
  fsync,
  fsyncSync,
  ftruncateSync,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';

/** Where a segment's bytes and its index live: files under the data directory, or memory. */
export interface SegmentStore {
  readonly size: number;
  append(data: Buffer): void;
  /** Bytes `[position, position + length)`, possibly split over several buffers. */
  read(position: number, length: number): Buffer[];
  appendIndex(entries: Buffer): void;
  rewriteIndex(entries: Buffer): void;
  readIndex(): Buffer | null;
  truncate(size: number): void;
  flush(): void;
  /** Starts a flush to disk without blocking; used when a segment is rolled and will not change again. */
  flushInBackground(): void;
  close(): void;
  remove(): void;
}

function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const read = readSync(fd, buffer, done, size - done, done);
    if (read === 0) break;
    done += read;
  }
  return buffer.subarray(0, done);
}

/** A segment as a `.log` file of raw batches plus an `.index` file. */
export class FileSegmentStore implements SegmentStore {
  private readonly logFd: number;
  private indexFd: number;
  private backgroundSyncs = 0;
  private closeWhenSynced = false;
  size: number;

  constructor(
    private readonly logPath: string,
    private readonly indexPath: string,
  ) {
    this.logFd = openSync(logPath, 'a+');
    this.indexFd = openSync(indexPath, 'a+');
    this.size = fstatSync(this.logFd).size;
  }

  append(data: Buffer): void {
    let written = 0;
    while (written < data.length) written += writeSync(this.logFd, data, written, data.length - written);
    this.size += data.length;
  }

  read(position: number, length: number): Buffer[] {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.logFd, buffer, done, length - done, position + done);
      if (read === 0) break;
      done += read;
    }
    return [done === length ? buffer : buffer.subarray(0, done)];
  }

  appendIndex(entries: Buffer): void {
    writeSync(this.indexFd, entries);
  }

  rewriteIndex(entries: Buffer): void {
    const temporary = `${this.indexPath}.tmp`;
    const fd = openSync(temporary, 'w');
    writeSync(fd, entries);
    fsyncSync(fd);
    closeSync(fd);
    closeSync(this.indexFd);
    renameSync(temporary, this.indexPath);
    this.indexFd = openSync(this.indexPath, 'a+');
  }

  readIndex(): Buffer {
    return readWhole(this.indexFd, fstatSync(this.indexFd).size);
  }

  truncate(size: number): void {
    ftruncateSync(this.logFd, size);
    this.size = size;
  }

  flush(): void {
    fsyncSync(this.logFd);
    fsyncSync(this.indexFd);
  }

  flushInBackground(): void {
    for (const fd of [this.logFd, this.indexFd]) {
      this.backgroundSyncs++;
      fsync(fd, () => {
        this.backgroundSyncs--;
        if (this.backgroundSyncs === 0 && this.closeWhenSynced) this.closeNow();
      });
    }
  }

  close(): void {
    // Closing under a running fsync could let the descriptor number be reused by another file meanwhile.
    if (this.backgroundSyncs > 0) this.closeWhenSynced = true;
    else this.closeNow();
  }

  private closeNow(): void {
    closeSync(this.logFd);
    closeSync(this.indexFd);
    this.closeWhenSynced = false;
  }

  remove(): void {
    this.close();
    rmSync(this.logPath, { force: true });
    rmSync(this.indexPath, { force: true });
  }
}

/** A segment held in memory, for tests and `inMemory` brokers; the index lives only in the log's arrays. */
export class MemorySegmentStore implements SegmentStore {
  private readonly chunks: Buffer[] = [];
  private readonly starts: number[] = [];
  size = 0;

  append(data: Buffer): void {
    this.chunks.push(data);
    this.starts.push(this.size);
    this.size += data.length;
  }

  read(position: number, length: number): Buffer[] {
    const end = Math.min(position + length, this.size);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    const result: Buffer[] = [];
    for (let chunk = low; chunk < this.chunks.length && position < end; chunk++) {
      const start = this.starts[chunk] as number;
      const data = this.chunks[chunk] as Buffer;
      const from = position - start;
      const to = Math.min(data.length, end - start);
      result.push(data.subarray(from, to));
      position = start + to;
    }
    return result;
  }

  appendIndex(): void {}

  rewriteIndex(): void {}

  readIndex(): null {
    return null;
  }

  truncate(size: number): void {
    while (this.size > size) {
      const data = this.chunks.pop() as Buffer;
      const start = this.starts.pop() as number;
      if (start < size) {
        this.chunks.push(data.subarray(0, size - start));
        this.starts.push(start);
        this.size = size;
      } else {
        this.size = start;
      }
    }
  }

  flush(): void {}

  flushInBackground(): void {}

  close(): void {}

  remove(): void {
    this.chunks.length = 0;
    this.starts.length = 0;
    this.size = 0;
  }
}
