import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formWith } from '../testing/multipart-form.ts';
import { startSubmissions, type SubmissionsUnderTest } from '../testing/submissions-under-test.ts';

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('unit import', () => {
  let service: SubmissionsUnderTest;
  const importFile = async (account: string, content: Buffer, name: string, query = '') =>
    service.as(account, {
      method: 'POST',
      url: `/provinces/CB/units/import${query}`,
      ...(await formWith(content, name)),
    });
  const unitCodes = async () =>
    (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/units' }))
      .json()
      .map((unit: { code: string }) => unit.code)
      .sort();

  beforeAll(async () => {
    service = await startSubmissions();
    await service.addAccount('platform', { roles: ['platform-admin'] });
    await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
    await service.addAccount('cb-author', { roles: ['author'], province: 'CB' });
    await service.addAccount('hg-admin', { roles: ['province-admin'], province: 'HG' });
    for (const [code, name] of [
      ['CB', 'Cao Bằng'],
      ['HG', 'Hà Giang'],
    ]) {
      await service.as('platform', { method: 'POST', url: '/provinces', payload: { code, name } });
    }
  });
  afterAll(() => service?.stop());

  const departments = csv([
    'Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cha',
    'VP-SNV;Văn phòng Sở Nội vụ;văn phòng;SNV',
    'SNV;Sở Nội vụ;Sở;',
    'HA;Huyện Hòa An;huyện;',
  ]);

  it('checks a file without importing it on a dry run', async () => {
    const report = await importFile('cb-admin', departments, 'don-vi.csv', '?dryRun=true');
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ dryRun: true, imported: 0 });
    expect(report.json().rows.map((row: { code: string }) => row.code)).toEqual(['SNV', 'HA', 'VP-SNV']);
    expect(await unitCodes()).toEqual([]);
  });

  it('imports a CSV, parents first, with an event per unit', async () => {
    const report = await importFile('cb-admin', departments, 'don-vi.csv');
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json().imported).toBe(3);
    const tree = (await service.as('cb-admin', { method: 'GET', url: '/provinces/CB/units' })).json();
    const snv = tree.find((unit: { code: string }) => unit.code === 'SNV');
    expect(tree.find((unit: { code: string }) => unit.code === 'VP-SNV')).toMatchObject({
      parentId: snv.id,
      kind: 'office',
      name: 'Văn phòng Sở Nội vụ',
    });
  });

  it('imports the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRows([
      ['Code', 'Name', 'Kind', 'Parent'],
      ['XA-HD', 'Xã Hưng Đạo', 'xã', 'HA'],
      ['STP', 'Sở Tư pháp', 'sở', null],
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importFile('cb-admin', content, 'don-vi.xlsx');
    expect(report.statusCode, report.body).toBe(201);
    expect(await unitCodes()).toEqual(['HA', 'SNV', 'STP', 'VP-SNV', 'XA-HD']);
  });

  it('imports nothing when a line is invalid, and reports every problem with its line', async () => {
    const report = await importFile(
      'cb-admin',
      csv(['Mã,Tên,Loại', 'STC,Sở Tài chính,sở', 'SYT,,sở', 'SCT,Sở Công Thương,tổ']),
      'loi.csv',
    );
    expect(report.statusCode).toBe(400);
    expect(report.json().detail).toBe('2 line(s) of the file have problems; nothing was imported');
    expect(report.json().errors).toEqual([
      expect.objectContaining({
        field: 'rows.3.name',
        code: 'required',
        messageVi: 'Dòng 3: thiếu tên đơn vị',
      }),
      expect.objectContaining({ field: 'rows.4.kind', code: 'unit_import.kind_unknown' }),
    ]);
    expect(await unitCodes()).not.toContain('STC');
  });

  it('answers 409 for codes the province already has', async () => {
    const report = await importFile('cb-admin', csv(['code,name,kind', 'SNV,Sở Nội vụ,sở']), 'lai.csv');
    expect(report.statusCode).toBe(409);
    expect(report.json().errors[0]).toMatchObject({ field: 'rows.2.code', code: 'unit_import.code_exists' });
  });

  it('refuses a file that is neither CSV nor XLSX, by its content', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await importFile('cb-admin', png, 'don-vi.csv')).statusCode).toBe(415);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    expect((await importFile('cb-admin', zip, 'don-vi.xlsx')).statusCode).toBe(415);
  });

  it('lets only the province admins import, into their own province', async () => {
    expect((await importFile('cb-author', departments, 'don-vi.csv')).statusCode).toBe(403);
    expect((await importFile('hg-admin', departments, 'don-vi.csv')).statusCode).toBe(403);
  });
});
