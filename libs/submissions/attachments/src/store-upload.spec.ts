import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSystemStorage } from './file-system-storage.ts';
import { storeUpload, TooLargeError, UnsupportedTypeError } from './store-upload.ts';

/** A zip archive with stored (uncompressed) entries, the container of a Word document. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const samples = {
  pdf: Buffer.concat([
    Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    Buffer.alloc(200_000, 32),
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.alloc(17),
  ]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(100),
  ]),
  docx: zip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<w:document/>',
  }),
};

/** A stream that hands the bytes over in small chunks, as an upload arrives. */
const upload = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 7_000) yield bytes.subarray(at, at + 7_000);
    })(),
  );

describe('storeUpload', () => {
  let root: string;
  let storage: FileSystemStorage;
  const stored = async () =>
    (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cchc-attachments-'));
    storage = new FileSystemStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it.each([
    ['pdf', 'application/pdf', 'pdf'],
    ['png', 'image/png', 'png'],
    ['jpeg', 'image/jpeg', 'jpg'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ] as const)(
    'stores a %s by its content, with its size and SHA-256',
    async (sample, contentType, extension) => {
      const bytes = samples[sample];
      const file = await storeUpload({
        content: upload(bytes),
        fileName: 'Đề án.bin',
        maxBytes: 1_000_000,
        storage,
        keyPrefix: 'CB/entries/e1',
      });
      expect(file).toMatchObject({
        contentType,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fileName: `Đề án.${extension}`,
      });
      expect(file.key).toMatch(new RegExp(`^CB/entries/e1/[0-9a-f-]{36}\\.${extension}$`));
      expect(await readFile(path.join(root, file.key))).toEqual(bytes);
    },
  );

  it.each([
    ['a program renamed to .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500)])],
    ['plain text named .pdf', Buffer.from('Nội dung sáng kiến, không phải PDF')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s and stores nothing', async (_what, bytes) => {
    const attempt = storeUpload({
      content: upload(bytes),
      fileName: 'sang-kien.pdf',
      maxBytes: 1_000_000,
      storage,
      keyPrefix: 'CB/e',
    });
    await expect(attempt).rejects.toBeInstanceOf(UnsupportedTypeError);
    expect(await stored()).toEqual([]);
  });

  it('refuses a file over the limit, found within its first bytes, and stores nothing', async () => {
    const attempt = storeUpload({
      content: upload(samples.pdf),
      fileName: 'a.pdf',
      maxBytes: 10_000,
      storage,
      keyPrefix: 'CB/e',
    });
    await expect(attempt).rejects.toBeInstanceOf(TooLargeError);
    expect(await stored()).toEqual([]);
  });

  it('refuses a file that grows over the limit while it streams, and leaves no partial file', async () => {
    const attempt = storeUpload({
      content: upload(samples.pdf),
      fileName: 'a.pdf',
      maxBytes: 150_000,
      storage,
      keyPrefix: 'CB/e',
    });
    await expect(attempt).rejects.toBeInstanceOf(TooLargeError);
    expect(await stored()).toEqual([]);
  });
});
