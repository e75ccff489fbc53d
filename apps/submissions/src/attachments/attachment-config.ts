import { FileSystemStorage, S3Storage, type AttachmentStorage } from '@cchc/submissions-attachments';
import { Type } from 'typebox';

/** Where attachments go and how large they may be. */
export const attachmentConfigProperties = {
  ATTACHMENT_MAX_BYTES: Type.Integer({
    minimum: 1024,
    default: 20 * 1024 * 1024,
    description: 'Largest attachment; larger gets 413',
  }),
  ATTACHMENTS_DIR: Type.String({
    default: '.data/attachments',
    minLength: 1,
    description: 'Folder for attachments when no S3 bucket is set',
  }),
  ATTACHMENTS_S3_BUCKET: Type.Optional(
    Type.String({
      minLength: 3,
      description: 'Keep attachments in this S3 bucket instead of ATTACHMENTS_DIR',
    }),
  ),
  ATTACHMENTS_S3_ENDPOINT: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description: 'S3-compatible endpoint (MinIO, Ceph, …); AWS when unset',
    }),
  ),
  ATTACHMENTS_S3_REGION: Type.String({
    default: 'us-east-1',
    minLength: 1,
    description: 'Region of the bucket',
  }),
};

export interface AttachmentConfig {
  ATTACHMENTS_DIR: string;
  ATTACHMENTS_S3_BUCKET?: string | undefined;
  ATTACHMENTS_S3_ENDPOINT?: string | undefined;
  ATTACHMENTS_S3_REGION: string;
}

/** The configured storage: an S3-compatible bucket (credentials from the usual AWS variables) or a folder. */
export function attachmentStorage(config: AttachmentConfig): AttachmentStorage {
  if (!config.ATTACHMENTS_S3_BUCKET) return new FileSystemStorage(config.ATTACHMENTS_DIR);
  return new S3Storage({
    bucket: config.ATTACHMENTS_S3_BUCKET,
    client: {
      region: config.ATTACHMENTS_S3_REGION,
      ...(config.ATTACHMENTS_S3_ENDPOINT
        ? { endpoint: config.ATTACHMENTS_S3_ENDPOINT, forcePathStyle: true }
        : {}),
    },
  });
}
