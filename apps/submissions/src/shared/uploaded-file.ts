import type { MultipartFile } from '@fastify/multipart';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';

/** The file of a multipart/form-data request, in the part named `file`: 415 for another body, 400 without it. */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart())
    throw new HttpProblem(415, 'Send the file as multipart/form-data in a part named file');
  const file = await request.file();
  if (!file || file.fieldname !== 'file')
    throw new HttpProblem(400, 'The request has no file in a part named file');
  return file;
}
