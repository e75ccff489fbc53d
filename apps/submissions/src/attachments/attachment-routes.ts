import { callerOf, type AuthContext } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import {
  ACCEPTED_TYPES,
  storeUpload,
  TooLargeError,
  UnsupportedTypeError,
  type AttachmentStorage,
  type StoredFile,
} from '@cchc/submissions-attachments';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { create as contentDisposition } from 'content-disposition';
import { Type } from 'typebox';
import type { Attachment } from '../generated/prisma/client.ts';
import { entrant, EntryParams, ownEntry, readableEntry } from '../entries/entry-access.ts';
import { actingProvince, inNamedProvince, ProvinceCode, Uuid } from '../shared/province-routes.ts';
import { uploadedFile } from '../shared/uploaded-file.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';

/** More files than an application needs (the form, annexes, photos) points at a mistake. */
const MAX_ATTACHMENTS_PER_ENTRY = 20;

const AttachmentParams = Type.Object({ code: ProvinceCode, entryId: Uuid, attachmentId: Uuid });

export const AttachmentView = Type.Object({
  id: Uuid,
  entryId: Uuid,
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the content, hex' }),
  uploadedBy: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
});

const viewOf = (row: Attachment) => ({
  id: row.id,
  entryId: row.entryId,
  fileName: row.fileName,
  contentType: row.contentType,
  size: Number(row.size),
  sha256: row.sha256,
  uploadedBy: row.uploadedBy,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** The entry, when the caller wrote it and it is still a draft: files change only with the draft. */
async function draftOfCaller(tx: TenantTransaction, caller: AuthContext, province: string, entryId: string) {
  const entry = await readableEntry(tx, caller, province, entryId);
  ownEntry(entry, caller);
  if (entry.status !== 'draft')
    throw new HttpProblem(409, `The entry is ${entry.status}; files can be added or removed only in a draft`);
  return entry;
}

async function upload(
  storage: AttachmentStorage,
  file: MultipartFile,
  maxBytes: number,
  keyPrefix: string,
): Promise<StoredFile> {
  try {
    return await storeUpload({
      content: file.file,
      fileName: file.filename,
      maxBytes,
      storage,
      keyPrefix,
    });
  } catch (error) {
    if (error instanceof UnsupportedTypeError) throw new HttpProblem(415, error.message);
    if (error instanceof TooLargeError) throw new HttpProblem(413, error.message);
    throw error;
  }
}

/**
 * Files of an entry: uploaded by its author while it is a draft, typed by their content, streamed into storage;
 * read by whoever may read the entry.
 */
export function attachmentRoutes(
  prisma: TenantPrisma,
  storage: AttachmentStorage,
  maxBytes: number,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    // One file per request. The parser stops a byte past the limit, so the upload itself sees it is too large.
    await app.register(multipart, {
      limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024 },
      throwFileSizeLimit: false,
    });

    app.post(
      '/provinces/:code/entries/:entryId/attachments',
      {
        onRequest: entrant,
        schema: {
          tags: ['attachments'],
          summary: `Attach a file (PDF, DOCX, PNG or JPEG by its content, up to ${maxBytes} bytes) to a draft`,
          description:
            'multipart/form-data with the file in the part named `file`; 415 for another type, 413 when larger.',
          consumes: ['multipart/form-data'],
          params: EntryParams,
          response: { 201: AttachmentView },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const { entryId } = request.params;
        const file = await uploadedFile(request);
        await prisma.$withProvince(code, async (tx) => {
          await draftOfCaller(tx, caller, code, entryId);
          const count = await tx.attachment.count({ where: { entryId } });
          if (count >= MAX_ATTACHMENTS_PER_ENTRY)
            throw new HttpProblem(409, `An entry has at most ${MAX_ATTACHMENTS_PER_ENTRY} files`);
        });
        const stored = await upload(storage, file, maxBytes, `${code}/entries/${entryId}`);
        try {
          const row = await prisma.$withProvince(code, async (tx) => {
            // Checked again: the entry may have been submitted while the file streamed.
            await draftOfCaller(tx, caller, code, entryId);
            return tx.attachment.create({
              data: {
                entryId,
                provinceCode: code,
                fileName: stored.fileName,
                contentType: stored.contentType,
                size: BigInt(stored.size),
                sha256: stored.sha256,
                storageKey: stored.key,
                uploadedBy: caller.userId,
              },
            });
          });
          return reply.code(201).send(viewOf(row));
        } catch (error) {
          await storage.remove(stored.key);
          throw error;
        }
      },
    );

    app.get(
      '/provinces/:code/entries/:entryId/attachments',
      {
        onRequest: inNamedProvince(),
        schema: {
          tags: ['attachments'],
          summary: "The entry's files",
          params: EntryParams,
          response: { 200: Type.Array(AttachmentView) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        return prisma.$withProvince(code, async (tx) => {
          await readableEntry(tx, caller, code, request.params.entryId);
          const rows = await tx.attachment.findMany({
            where: { entryId: request.params.entryId },
            orderBy: { uploadedAt: 'asc' },
          });
          return rows.map(viewOf);
        });
      },
    );

    app.get(
      '/provinces/:code/entries/:entryId/attachments/:attachmentId',
      {
        onRequest: inNamedProvince(),
        schema: {
          tags: ['attachments'],
          summary: 'Download a file, streamed, to whoever may read the entry',
          produces: Object.keys(ACCEPTED_TYPES),
          params: AttachmentParams,
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const row = await prisma.$withProvince(code, async (tx) => {
          await readableEntry(tx, caller, code, request.params.entryId);
          const found = await tx.attachment.findFirst({
            where: { id: request.params.attachmentId, entryId: request.params.entryId },
          });
          if (!found) throw new HttpProblem(404, `No file ${request.params.attachmentId} in this entry`);
          return found;
        });
        const content = await storage.read(row.storageKey);
        return reply
          .type(row.contentType)
          .header('content-length', String(row.size))
          .header('content-disposition', contentDisposition(row.fileName))
          .header('repr-digest', `sha-256=:${Buffer.from(row.sha256, 'hex').toString('base64')}:`)
          .header('x-content-type-options', 'nosniff')
          .send(content);
      },
    );

    app.delete(
      '/provinces/:code/entries/:entryId/attachments/:attachmentId',
      {
        onRequest: entrant,
        schema: {
          tags: ['attachments'],
          summary: 'Remove a file from a draft',
          params: AttachmentParams,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const { entryId, attachmentId } = request.params;
        const removed = await prisma.$withProvince(code, async (tx) => {
          await draftOfCaller(tx, caller, code, entryId);
          const found = await tx.attachment.findFirst({ where: { id: attachmentId, entryId } });
          if (!found) throw new HttpProblem(404, `No file ${attachmentId} in this entry`);
          await tx.attachment.delete({ where: { id: found.id } });
          return found;
        });
        // The bytes go once the row is gone; a failure here leaves an unreferenced file, never a broken row.
        await storage.remove(removed.storageKey);
        return reply.code(204).send(null);
      },
    );
  };
}
