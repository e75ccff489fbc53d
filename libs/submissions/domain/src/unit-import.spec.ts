import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, validateUnitImport, type ExistingUnit } from './unit-import.ts';

const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cha'];
const existing: ExistingUnit[] = [
  { code: 'SNV', active: true },
  { code: 'HUYEN-CU', active: false },
];

const codesOf = (table: string[][]) => {
  const result = validateUnitImport(table, existing);
  return result.ok ? [] : result.problems.map((problem) => `${problem.field} ${problem.code}`);
};

describe('validateUnitImport', () => {
  it('reads Vietnamese headers and kinds, NFC or not, and orders parents first', () => {
    const result = validateUnitImport(
      [
        HEADER,
        ['XA-1', 'Xã Hưng Đạo', 'Xã', 'HUYEN-1'],
        ['HUYEN-1', 'Huyện Hòa An', 'huyện'.normalize('NFD'), ''],
        ['SNV-VP', '  Văn phòng Sở  ', 'Văn  phòng', 'SNV'],
        ['', '', '', ''],
      ],
      existing,
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { row: 3, code: 'HUYEN-1', name: 'Huyện Hòa An', kind: 'district', parentCode: null },
        { row: 4, code: 'SNV-VP', name: 'Văn phòng Sở', kind: 'office', parentCode: 'SNV' },
        { row: 2, code: 'XA-1', name: 'Xã Hưng Đạo', kind: 'commune', parentCode: 'HUYEN-1' },
      ],
    });
  });

  it('reads English headers, in any order, without a parent column', () => {
    const result = validateUnitImport(
      [
        ['kind', 'code', 'name'],
        ['department', 'STC', 'Sở Tài chính'],
      ],
      existing,
    );
    expect(result.ok && result.value[0]).toMatchObject({ code: 'STC', kind: 'department', parentCode: null });
  });

  it('names a missing column', () => {
    expect(
      codesOf([
        ['Mã', 'Loại'],
        ['A', 'sở'],
      ]),
    ).toEqual(['header.name unit_import.column_missing']);
  });

  it('refuses a file without units', () => {
    expect(codesOf([HEADER, ['', '', '', '']])).toEqual(['rows unit_import.empty']);
  });

  it('refuses more rows than one import takes', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => [
      `U${index}`,
      'Đơn vị',
      'khác',
      '',
    ]);
    expect(codesOf([HEADER, ...rows])).toEqual(['rows unit_import.too_many_rows']);
  });

  it('requires a code, a name and a kind on each line', () => {
    expect(codesOf([HEADER, ['', '', '', 'SNV']])).toEqual([
      'rows.2.code required',
      'rows.2.name required',
      'rows.2.kind required',
    ]);
  });

  it('refuses a code with spaces or diacritics', () => {
    expect(codesOf([HEADER, ['Sở NV', 'Sở Nội vụ', 'sở', '']])).toEqual(['rows.2.code bad_format']);
  });

  it('refuses a code repeated in the file, naming the first line', () => {
    const result = validateUnitImport([HEADER, ['A', 'Một', 'sở', ''], ['A', 'Hai', 'sở', '']], existing);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({
        field: 'rows.3.code',
        code: 'unit_import.code_repeated',
        params: { row: 3, value: 'A', line: 2 },
      }),
    ]);
  });

  it('refuses a code the province already has, as a conflict', () => {
    const result = validateUnitImport([HEADER, ['SNV', 'Sở Nội vụ', 'sở', '']], existing);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ field: 'rows.2.code', code: 'unit_import.code_exists', kind: 'conflict' }),
    ]);
  });

  it('refuses a name longer than 300 characters', () => {
    expect(codesOf([HEADER, ['A', 'x'.repeat(301), 'sở', '']])).toEqual(['rows.2.name too_long']);
  });

  it('refuses an unknown kind, listing the known ones', () => {
    const result = validateUnitImport([HEADER, ['A', 'Tổ', 'tổ công tác', '']], existing);
    expect(result.ok ? '' : result.problems[0]?.messageVi).toContain('sở, ban, ngành, huyện, xã');
    expect(codesOf([HEADER, ['A', 'Tổ', 'tổ công tác', '']])).toEqual([
      'rows.2.kind unit_import.kind_unknown',
    ]);
  });

  it('refuses a parent that is neither in the province nor in the file', () => {
    expect(codesOf([HEADER, ['A', 'Một', 'xã', 'KHONG-CO']])).toEqual([
      'rows.2.parent unit_import.parent_unknown',
    ]);
  });

  it('refuses a parent that is no longer active', () => {
    expect(codesOf([HEADER, ['A', 'Một', 'xã', 'HUYEN-CU']])).toEqual([
      'rows.2.parent unit_import.parent_inactive',
    ]);
  });

  it('refuses units that belong to each other', () => {
    expect(
      codesOf([HEADER, ['A', 'Một', 'xã', 'B'], ['B', 'Hai', 'xã', 'A'], ['C', 'Ba', 'xã', '']]),
    ).toEqual(['rows.2.parent unit_import.parent_cycle', 'rows.3.parent unit_import.parent_cycle']);
  });
});
