import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { sanitiseFileName } from './file-name.ts';
import type { AttachmentStorage } from './storage.ts';

/** The kinds of file an entry may carry, by the type their content shows, with the extension they are saved with. */
export const ACCEPTED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** Enough of the start of a file for its type to show, a Word document's zip directory included. */
const SNIFF_BYTES = 64 * 1024;

/** The content is not one of the accepted types, whatever its name says (415). */
export class UnsupportedTypeError extends Error {}

/** The content is larger than allowed (413). */
export class TooLargeError extends Error {}

export interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface UploadOptions {
  content: Readable;
  /** The name the client gave; it is sanitised and gets the detected type's extension. */
  fileName: string;
  maxBytes: number;
  storage: AttachmentStorage;
  /** Folder of the key, e.g. `CB/entries/<entry id>`; the file itself gets a fresh id. */
  keyPrefix: string;
}

/** Reads from the iterator until the head is long enough or the content ends, leaving the rest unread. */
async function readHead(
  iterator: AsyncIterator<Buffer>,
  maxBytes: number,
): Promise<{ head: Buffer; ended: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(chunks), ended: true };
    chunks.push(next.value);
    length += next.value.length;
    if (length > maxBytes) throw new TooLargeError(`The file is larger than ${maxBytes} bytes`);
  }
  return { head: Buffer.concat(chunks), ended: false };
}

/**
 * Streams an upload into storage: its type is decided by its content before anything is stored, its size is
 * bounded while it streams, and its SHA-256 is computed on the way. A refused upload leaves nothing stored.
 */
export async function storeUpload(options: UploadOptions): Promise<StoredFile> {
  const { content, maxBytes } = options;
  // The head is read through the stream's iterator, and the rest from the same iterator afterwards.
  const iterator = content[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head: Buffer;
  let ended: boolean;
  try {
    ({ head, ended } = await readHead(iterator, maxBytes));
  } catch (error) {
    content.destroy();
    throw error;
  }
  const detected = await fileTypeFromBuffer(head);
  const extension = detected ? ACCEPTED_TYPES[detected.mime] : undefined;
  if (!detected || !extension) {
    content.destroy();
    throw new UnsupportedTypeError(
      `The file's content is ${detected ? detected.mime : 'of no recognised type'}; accepted are PDF, DOCX, PNG and JPEG`,
    );
  }

  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new TooLargeError(`The file is larger than ${maxBytes} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const rest = ended ? Readable.from([]) : Readable.from({ [Symbol.asyncIterator]: () => iterator });
  const body = Readable.from(
    (async function* () {
      yield head;
      yield* rest;
    })(),
  );
  measure.on('error', () => content.destroy());

  const key = `${options.keyPrefix}/${randomUUID()}.${extension}`;
  await options.storage.write(key, body.pipe(measure));
  return {
    key,
    fileName: sanitiseFileName(options.fileName, extension),
    contentType: detected.mime,
    size,
    sha256: hash.digest('hex'),
  };
}
