import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sampleEntryContent } from '@cchc/submissions-domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formWith } from '../testing/multipart-form.ts';
import { openContest } from '../testing/open-contest.ts';
import {
  ATTACHMENT_MAX_BYTES,
  startSubmissions,
  type SubmissionsUnderTest,
} from '../testing/submissions-under-test.ts';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');

/** Every file under the folder, however deep. */
async function storedFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('attachments', () => {
  let service: SubmissionsUnderTest;
  let entryId: string;
  const url = () => `/provinces/CB/entries/${entryId}/attachments`;
  const attach = async (account: string, content: Buffer, fileName: string, part?: string) =>
    service.as(account, { method: 'POST', url: url(), ...(await formWith(content, fileName, part)) });

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('cb-other', { roles: ['author'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    const { contestId, unitId } = await openContest(service);
    const draft = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/entries`,
      payload: { unitId, content: sampleEntryContent({ firstAppliedOn: '2022-05-01' }) },
    });
    entryId = draft.json().id;
  });
  afterAll(() => service?.stop());

  it('stores a PDF with its SHA-256 and a sanitised name, and streams it back to who may read the entry', async () => {
    const uploaded = await attach('cb-author', PDF, '../../Báo cáo: sáng kiến?.txt');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      fileName: 'Báo cáo sáng kiến.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    for (const reader of ['cb-author', 'cb-admin']) {
      const download = await service.as(reader, {
        method: 'GET',
        url: `${url()}/${uploaded.json().id}`,
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain(
        "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%C3%A1ng%20ki%E1%BA%BFn.pdf",
      );
    }
    const listed = await service.as('cb-admin', { method: 'GET', url: url() });
    expect(listed.json().map((file: { id: string }) => file.id)).toEqual([uploaded.json().id]);
  });

  it("keeps an entry's files from other authors and other provinces", async () => {
    const [file] = (await service.as('cb-author', { method: 'GET', url: url() })).json();
    const other = await service.as('cb-other', { method: 'GET', url: `${url()}/${file.id}` });
    expect(other.statusCode).toBe(404);
    const otherProvince = await service.as('hg-admin', { method: 'GET', url: `${url()}/${file.id}` });
    expect(otherProvince.statusCode).toBe(403);
    const notOwner = await attach('cb-other', PDF, 'x.pdf');
    expect(notOwner.statusCode).toBe(404);
  });

  it('refuses a file whose content is not an accepted type, whatever its name, and stores nothing', async () => {
    const before = await storedFiles(service.attachmentsDir);
    const refused = await attach(
      'cb-author',
      Buffer.from('Nội dung sáng kiến, không phải PDF'),
      'sang-kien.pdf',
    );
    expect(refused.statusCode).toBe(415);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(await storedFiles(service.attachmentsDir)).toEqual(before);
  });

  it('refuses a file larger than the limit with 413 and stores nothing', async () => {
    const before = await storedFiles(service.attachmentsDir);
    const large = Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
    const refused = await attach('cb-author', large, 'lon.pdf');
    expect(refused.statusCode).toBe(413);
    expect(await storedFiles(service.attachmentsDir)).toEqual(before);
    const listed = await service.as('cb-author', { method: 'GET', url: url() });
    expect(listed.json()).toHaveLength(1);
  });

  it('asks for multipart with the file in the part named file', async () => {
    const json = await service.as('cb-author', { method: 'POST', url: url(), payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const wrongPart = await attach('cb-author', PDF, 'a.pdf', 'document');
    expect(wrongPart.statusCode).toBe(400);
    expect(wrongPart.json().detail).toContain('part named file');
  });

  it('removes a file from a draft, and takes no files once the entry is submitted', async () => {
    const added = await attach('cb-author', PDF, 'phu-luc.pdf');
    const before = await storedFiles(service.attachmentsDir);
    const removed = await service.as('cb-author', { method: 'DELETE', url: `${url()}/${added.json().id}` });
    expect(removed.statusCode).toBe(204);
    expect(await storedFiles(service.attachmentsDir)).toHaveLength(before.length - 1);
    const submitted = await service.as('cb-author', {
      method: 'POST',
      url: `/provinces/CB/entries/${entryId}/submit`,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const late = await attach('cb-author', PDF, 'muon.pdf');
    expect(late.statusCode).toBe(409);
  });
});
