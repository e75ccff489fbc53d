import { conflict, invalid, resultOf, type Problem, type Result } from './result.ts';

export const UNIT_KINDS = [
  'department',
  'board',
  'sector',
  'district',
  'commune',
  'inspectorate',
  'office',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Largest file a province imports at once: every commune, department and office of a large province fits. */
export const MAX_IMPORT_ROWS = 5000;
const CODE = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_NAME = 300;

/** A header or a kind as people type it: NFC, lower case, single spaces, no surrounding blanks. */
const normal = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** The words a spreadsheet may use for each kind, in Vietnamese or English. */
const KIND_WORDS: Record<string, UnitKind> = Object.fromEntries(
  (
    [
      ['department', ['sở', 'department']],
      ['board', ['ban', 'board']],
      ['sector', ['ngành', 'sector']],
      ['district', ['huyện', 'quận', 'thị xã', 'thành phố thuộc tỉnh', 'district']],
      ['commune', ['xã', 'phường', 'thị trấn', 'đặc khu', 'commune']],
      ['inspectorate', ['thanh tra', 'inspectorate']],
      ['office', ['văn phòng', 'phòng', 'office']],
      ['other', ['khác', 'other']],
    ] as const
  ).flatMap(([kind, words]) => words.map((word) => [normal(word), kind])),
);

/** The headers each column may have, in Vietnamese or English; `parent` is optional. */
const COLUMN_HEADERS = {
  code: ['mã', 'mã đơn vị', 'code', 'unit code'],
  name: ['tên', 'tên đơn vị', 'name', 'unit name'],
  kind: ['loại', 'loại đơn vị', 'kind', 'type'],
  parent: ['mã đơn vị cha', 'đơn vị cha', 'trực thuộc', 'parent', 'parent code'],
} as const;
type Column = keyof typeof COLUMN_HEADERS;

export interface ExistingUnit {
  code: string;
  active: boolean;
}

/** A valid row, ready to create; `row` is its line in the file (the header is line 1). */
export interface UnitImportRow {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

const at = (row: number, column: Column | '') => (column ? `rows.${row}.${column}` : `rows.${row}`);

function columnsOf(header: readonly string[]): {
  columns: Partial<Record<Column, number>>;
  problems: Problem[];
} {
  const names = header.map(normal);
  const columns: Partial<Record<Column, number>> = {};
  const problems: Problem[] = [];
  for (const [column, accepted] of Object.entries(COLUMN_HEADERS) as [Column, readonly string[]][]) {
    const index = names.findIndex((name) => accepted.includes(name));
    if (index >= 0) columns[column] = index;
    else if (column !== 'parent')
      problems.push(
        invalid(`header.${column}`, 'unit_import.column_missing', `The file has no ${column} column`, {
          messageVi: `Tệp thiếu cột ${accepted[0]}`,
          params: { column, accepted: accepted.join(', ') },
        }),
      );
  }
  return { columns, problems };
}

/** Parents first, so each unit is created after the unit it belongs to; rows caught in a cycle come back apart. */
function parentsFirst(rows: UnitImportRow[]): { ordered: UnitImportRow[]; cyclic: UnitImportRow[] } {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const ordered: UnitImportRow[] = [];
  const placed = new Set<string>();
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter(
      (row) => !row.parentCode || !byCode.has(row.parentCode) || placed.has(row.parentCode),
    );
    if (!ready.length) return { ordered, cyclic: pending };
    for (const row of ready) {
      ordered.push(row);
      placed.add(row.code);
    }
    pending = pending.filter((row) => !placed.has(row.code));
  }
  return { ordered, cyclic: [] };
}

/**
 * Checks a province's unit list, read from a spreadsheet as rows of text (the first row is the header), against
 * the units it already has. Every problem names its line and column; the rows come back parents first.
 */
export function validateUnitImport(
  table: readonly (readonly string[])[],
  existing: readonly ExistingUnit[],
): Result<UnitImportRow[]> {
  const [header = [], ...body] = table;
  const { columns, problems } = columnsOf(header);
  if (problems.length) return resultOf(problems, () => []);
  const lines = body
    .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.normalize('NFC').trim()) }))
    .filter((line) => line.cells.some(Boolean));
  if (!lines.length)
    return resultOf(
      [
        invalid('rows', 'unit_import.empty', 'The file has no units', {
          messageVi: 'Tệp không có đơn vị nào',
        }),
      ],
      () => [],
    );
  if (lines.length > MAX_IMPORT_ROWS)
    return resultOf(
      [
        invalid('rows', 'unit_import.too_many_rows', `The file has more than ${MAX_IMPORT_ROWS} units`, {
          messageVi: `Tệp có quá ${MAX_IMPORT_ROWS} đơn vị`,
          params: { max: MAX_IMPORT_ROWS },
        }),
      ],
      () => [],
    );

  const known = new Map(existing.map((unit) => [unit.code, unit]));
  const firstLineOf = new Map<string, number>();
  const rows: UnitImportRow[] = [];
  for (const { row, cells } of lines) {
    const cell = (column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]!] ?? ''));
    const code = cell('code');
    const name = cell('name');
    const kindText = cell('kind');
    const kind = KIND_WORDS[normal(kindText)];
    const parentCode = cell('parent') || null;
    const before = problems.length;
    if (!code)
      problems.push(
        invalid(at(row, 'code'), 'required', `Line ${row}: the code is empty`, {
          messageVi: `Dòng ${row}: thiếu mã đơn vị`,
          params: { row },
        }),
      );
    else if (!CODE.test(code))
      problems.push(
        invalid(
          at(row, 'code'),
          'bad_format',
          `Line ${row}: the code ${code} may hold only letters, digits, dot, dash and underscore (at most 64)`,
          {
            messageVi: `Dòng ${row}: mã ${code} chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64)`,
            params: { row, value: code },
          },
        ),
      );
    else if (firstLineOf.has(code))
      problems.push(
        invalid(
          at(row, 'code'),
          'unit_import.code_repeated',
          `Line ${row}: the code ${code} is also on line ${firstLineOf.get(code)}`,
          {
            messageVi: `Dòng ${row}: mã ${code} trùng với dòng ${firstLineOf.get(code)}`,
            params: { row, value: code, line: firstLineOf.get(code)! },
          },
        ),
      );
    else if (known.has(code))
      problems.push(
        conflict(
          at(row, 'code'),
          'unit_import.code_exists',
          `Line ${row}: the province already has a unit ${code}`,
          {
            messageVi: `Dòng ${row}: tỉnh đã có đơn vị mã ${code}`,
            params: { row, value: code },
          },
        ),
      );
    if (code && !firstLineOf.has(code)) firstLineOf.set(code, row);
    if (!name)
      problems.push(
        invalid(at(row, 'name'), 'required', `Line ${row}: the name is empty`, {
          messageVi: `Dòng ${row}: thiếu tên đơn vị`,
          params: { row },
        }),
      );
    else if (name.length > MAX_NAME)
      problems.push(
        invalid(at(row, 'name'), 'too_long', `Line ${row}: the name is longer than ${MAX_NAME} characters`, {
          messageVi: `Dòng ${row}: tên dài quá ${MAX_NAME} ký tự`,
          params: { row, max: MAX_NAME },
        }),
      );
    if (!kind)
      problems.push(
        invalid(
          at(row, 'kind'),
          kindText ? 'unit_import.kind_unknown' : 'required',
          `Line ${row}: the kind ${kindText ? `${kindText} is not one of sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác` : 'is empty'}`,
          {
            messageVi: `Dòng ${row}: loại đơn vị ${kindText ? `${kindText} không thuộc sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác` : 'để trống'}`,
            params: { row, value: kindText },
          },
        ),
      );
    if (problems.length === before) rows.push({ row, code, name, kind: kind!, parentCode });
  }

  const inFile = new Set(
    lines.map(({ cells }) => (columns.code === undefined ? '' : (cells[columns.code] ?? ''))),
  );
  for (const row of rows) {
    if (!row.parentCode || inFile.has(row.parentCode)) continue;
    const parent = known.get(row.parentCode);
    if (!parent)
      problems.push(
        invalid(
          at(row.row, 'parent'),
          'unit_import.parent_unknown',
          `Line ${row.row}: no unit ${row.parentCode} in the province or the file`,
          {
            messageVi: `Dòng ${row.row}: không có đơn vị cha mã ${row.parentCode} trong tỉnh hoặc trong tệp`,
            params: { row: row.row, value: row.parentCode },
          },
        ),
      );
    else if (!parent.active)
      problems.push(
        conflict(
          at(row.row, 'parent'),
          'unit_import.parent_inactive',
          `Line ${row.row}: the unit ${row.parentCode} is no longer active`,
          {
            messageVi: `Dòng ${row.row}: đơn vị cha ${row.parentCode} không còn hoạt động`,
            params: { row: row.row, value: row.parentCode },
          },
        ),
      );
  }
  const { ordered, cyclic } = parentsFirst(rows);
  for (const row of cyclic)
    problems.push(
      invalid(
        at(row.row, 'parent'),
        'unit_import.parent_cycle',
        `Line ${row.row}: ${row.code} belongs, through its parents, to itself`,
        {
          messageVi: `Dòng ${row.row}: đơn vị ${row.code} trực thuộc chính nó qua các đơn vị cha`,
          params: { row: row.row, value: row.code },
        },
      ),
    );
  return resultOf(problems, () => ordered);
}
