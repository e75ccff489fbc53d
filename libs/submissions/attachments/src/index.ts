export { sanitiseFileName } from './file-name.ts';
export { FileSystemStorage } from './file-system-storage.ts';
export { S3Storage, type S3StorageOptions } from './s3-storage.ts';
export { assertSafeKey, type AttachmentStorage } from './storage.ts';
export {
  ACCEPTED_TYPES,
  storeUpload,
  TooLargeError,
  UnsupportedTypeError,
  type StoredFile,
  type UploadOptions,
} from './store-upload.ts';
