import type { FieldProblem } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { importReportLines, isFileReport, unitImportTemplate } from './unit-import-report';

const problem = (overrides: Partial<FieldProblem> & Pick<FieldProblem, 'field'>): FieldProblem => ({
  code: 'required',
  message: 'x',
  messageVi: null,
  ...overrides,
});

describe('importReportLines', () => {
  const refusal = [
    problem({
      field: 'rows.4.kind',
      code: 'unit_import.kind_unknown',
      message: 'Line 4: the kind tỉnh is not one of sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác',
      messageVi: 'Dòng 4: loại đơn vị tỉnh không thuộc sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác',
      params: { row: 4, value: 'tỉnh' },
    }),
    problem({
      field: 'rows.2.code',
      code: 'unit_import.code_exists',
      message: 'Line 2: the province already has a unit SNV',
      messageVi: 'Dòng 2: tỉnh đã có đơn vị mã SNV',
      params: { row: 2, value: 'SNV' },
    }),
    problem({
      field: 'rows.4.name',
      message: 'Line 4: the name is empty',
      messageVi: 'Dòng 4: thiếu tên đơn vị',
      params: { row: 4 },
    }),
    problem({
      field: 'rows.12.parent',
      code: 'unit_import.parent_cycle',
      message: 'Line 12: A belongs to itself',
    }),
  ];

  it('groups the problems by line, in line order, each with its column, sentence and value', () => {
    expect(importReportLines(refusal, 'vi')).toEqual([
      {
        line: 2,
        problems: [
          { column: 'code', code: 'unit_import.code_exists', text: 'Tỉnh đã có đơn vị mã SNV', value: 'SNV' },
        ],
      },
      {
        line: 4,
        problems: [
          {
            column: 'kind',
            code: 'unit_import.kind_unknown',
            text: 'Loại đơn vị tỉnh không thuộc sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác',
            value: 'tỉnh',
          },
          { column: 'name', code: 'required', text: 'Thiếu tên đơn vị', value: null },
        ],
      },
      {
        line: 12,
        problems: [
          { column: 'parent', code: 'unit_import.parent_cycle', text: 'A belongs to itself', value: null },
        ],
      },
    ]);
  });

  it('speaks English to English readers', () => {
    expect(importReportLines(refusal.slice(1, 2), 'en')[0]!.problems[0]!.text).toBe(
      'The province already has a unit SNV',
    );
  });

  it('puts problems of the whole file first and header problems on line 1', () => {
    const lines = importReportLines(
      [
        problem({ field: 'rows.3.code', message: 'Line 3: the code is empty' }),
        problem({
          field: 'header.kind',
          code: 'unit_import.column_missing',
          message: 'The file has no kind column',
        }),
        problem({ field: 'rows', code: 'unit_import.empty', message: 'The file has no units' }),
      ],
      'en',
    );
    expect(lines.map(({ line, problems }) => [line, problems.map((shown) => shown.column)])).toEqual([
      [null, [null]],
      [1, ['kind']],
      [3, ['code']],
    ]);
  });

  it('keeps a sentence that names another line as it is', () => {
    const [line] = importReportLines(
      [problem({ field: 'rows.5.code', message: 'Line 50: odd', params: { value: 7 } })],
      'en',
    );
    expect(line!.problems[0]).toMatchObject({ text: 'Line 50: odd', value: '7' });
  });

  it('is empty without problems', () => {
    expect(importReportLines([], 'vi')).toEqual([]);
  });
});

describe('isFileReport', () => {
  it('is true only for refusals whose every problem is in the file', () => {
    const inFile = [
      problem({ field: 'rows.2.code' }),
      problem({ field: 'header.name' }),
      problem({ field: 'rows' }),
    ];
    expect(isFileReport({ status: 400, errors: inFile })).toBe(true);
    expect(isFileReport({ status: 409, errors: inFile.slice(0, 1) })).toBe(true);
    expect(isFileReport({ status: 415, errors: inFile })).toBe(false);
    expect(isFileReport({ status: 400, errors: [] })).toBe(false);
    expect(isFileReport({ status: 400, errors: [problem({ field: 'rowsx' })] })).toBe(false);
  });
});

describe('unitImportTemplate', () => {
  const lines = unitImportTemplate()
    .replace(/^\uFEFF/, '')
    .split('\r\n');

  it('starts with a byte order mark and the Vietnamese headers the service reads', () => {
    expect(unitImportTemplate().startsWith('\uFEFFMã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha\r\n')).toBe(true);
  });

  it('has example lines with four fields each, a name with a comma quoted, and ends with a line break', () => {
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toBe('SNV-CCHC,"Phòng Cải cách hành chính, Sở Nội vụ",văn phòng,SNV');
    expect(lines.slice(1, -1).every((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).length === 4)).toBe(
      true,
    );
  });
});
