import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.ts';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('readSheet', () => {
  it('reads a CSV saved with semicolons and a byte-order mark, keeping Vietnamese text', async () => {
    const rows = await readSheet(csv('\uFEFFmã;tên\r\nSNV;Sở Nội vụ, tỉnh Cao Bằng\r\n'));
    expect(rows).toEqual([
      ['mã', 'tên'],
      ['SNV', 'Sở Nội vụ, tỉnh Cao Bằng'],
    ]);
  });

  it('reads the first sheet of an XLSX workbook, blank lines kept so line numbers stay true', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phân công');
    sheet.getCell('A1').value = 'entry_id';
    sheet.getCell('B1').value = 'judge_id';
    sheet.getCell('A3').value = 'e-1';
    sheet.getCell('B3').value = 'j-1';
    const rows = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      ['entry_id', 'judge_id'],
      ['', ''],
      ['e-1', 'j-1'],
    ]);
  });

  it('refuses text that is not UTF-8, a binary file and a zip that is no workbook, with 415', async () => {
    await expect(readSheet(Buffer.from([0x6d, 0xe3, 0x0a]))).rejects.toMatchObject({ status: 415 });
    await expect(readSheet(Buffer.from('a,b\u0000\n'))).rejects.toMatchObject({ status: 415 });
    await expect(readSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({
      status: 415,
    });
  });

  it('refuses a CSV it cannot read with 400', async () => {
    await expect(readSheet(csv('a,b\n"unclosed,2\n'))).rejects.toMatchObject({ status: 400 });
  });
});
