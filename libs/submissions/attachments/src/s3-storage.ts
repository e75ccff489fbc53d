import { DeleteObjectCommand, GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { assertSafeKey, type AttachmentStorage } from './storage.ts';

export interface S3StorageOptions {
  bucket: string;
  /** Endpoint, region, credentials, `forcePathStyle` for MinIO and other S3-compatible stores. */
  client: S3ClientConfig;
}

/** Attachments in an S3-compatible object store, streamed in multipart uploads (production). */
export class S3Storage implements AttachmentStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client(options.client);
  }

  async write(key: string, content: Readable): Promise<void> {
    assertSafeKey(key);
    // A multipart upload that fails is aborted by lib-storage, so no object appears under the key.
    await new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: key, Body: content },
    }).done();
  }

  async read(key: string): Promise<Readable> {
    assertSafeKey(key);
    const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
    if (!(Body instanceof Readable)) throw new Error(`The object store returned no stream for ${key}`);
    return Body;
  }

  async remove(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }
}
