import type { FieldProblem } from '@cchc/portal-data-access';

/** The columns of a unit list, as the service names them in its problems (`rows.<line>.<column>`). */
export const IMPORT_COLUMNS = ['code', 'name', 'kind', 'parent'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The headers of the template, the Vietnamese ones the service reads, in the order of IMPORT_COLUMNS. */
const TEMPLATE_HEADERS: Record<ImportColumn, string> = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  kind: 'Loại',
  parent: 'Mã đơn vị cha',
};

/** Lines that show how the columns are filled in, a unit under another from the same file included. */
const TEMPLATE_EXAMPLES: readonly Record<ImportColumn, string>[] = [
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'sở', parent: '' },
  { code: 'SNV-CCHC', name: 'Phòng Cải cách hành chính, Sở Nội vụ', kind: 'văn phòng', parent: 'SNV' },
  { code: 'XA-HUNGDAO', name: 'UBND xã Hưng Đạo', kind: 'xã', parent: '' },
];

/** The template's file name and type; the byte order mark makes Excel read the Vietnamese letters as UTF-8. */
export const TEMPLATE_FILE_NAME = 'mau-nhap-don-vi.csv';
export const TEMPLATE_TYPE = 'text/csv;charset=utf-8';

/** One field of a CSV line, quoted when it holds a separator, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV template of a unit list: Vietnamese headers and example lines to replace, with CRLF as Excel writes. */
export function unitImportTemplate(): string {
  const line = (cells: Record<ImportColumn, string>) =>
    IMPORT_COLUMNS.map((column) => csvField(cells[column])).join(',');
  return `\uFEFF${[line(TEMPLATE_HEADERS), ...TEMPLATE_EXAMPLES.map(line)].join('\r\n')}\r\n`;
}

/** One problem of a refused file, as a line of the report. */
export interface ImportProblem {
  /** null when it concerns the line as a whole or the whole file. */
  column: ImportColumn | null;
  code: string | null;
  /** The service's sentence in the reader's language, without the line it repeats. */
  text: string;
  /** What the file holds there, when the service says. */
  value: string | null;
}

/** The problems of one line of the file; line null is the file as a whole (no units, too many). */
export interface ImportReportLine {
  line: number | null;
  problems: ImportProblem[];
}

/** Where in the file a problem is, from its field: `rows.<line>.<column>`, `header.<column>` or `rows`. */
function placeOf(field: string): { line: number | null; column: ImportColumn | null } {
  const [part, second, third] = field.split('.');
  const columnOf = (name: string | undefined) => IMPORT_COLUMNS.find((column) => column === name) ?? null;
  if (part === 'header') return { line: 1, column: columnOf(second) };
  const line = Number(second);
  if (part === 'rows' && Number.isInteger(line) && line > 0) return { line, column: columnOf(third) };
  return { line: null, column: null };
}

/** The sentence in the reader's language; the report groups by line, so a leading "Dòng 3: " would repeat it. */
function sentenceOf(problem: FieldProblem, language: string, line: number | null): string {
  const sentence = language === 'vi' && problem.messageVi ? problem.messageVi : problem.message;
  if (line === null) return sentence;
  const prefix = new RegExp(`^(Dòng|Line) ${line}: *`);
  const text = sentence.replace(prefix, '');
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** Every problem of a refused import, grouped by the line of the file, the whole file first, then line by line. */
export function importReportLines(problems: readonly FieldProblem[], language: string): ImportReportLine[] {
  const lines = new Map<number | null, ImportProblem[]>();
  for (const problem of problems) {
    const { line, column } = placeOf(problem.field);
    const value = problem.params?.['value'];
    const shown: ImportProblem = {
      column,
      code: problem.code,
      text: sentenceOf(problem, language, line),
      value: value === undefined || value === '' ? null : String(value),
    };
    lines.set(line, [...(lines.get(line) ?? []), shown]);
  }
  return [...lines]
    .map(([line, lineProblems]) => ({ line, problems: lineProblems }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** True when a refusal is about the file's content, which the report shows; anything else is a plain failure. */
export function isFileReport(problem: { status: number; errors: readonly FieldProblem[] }): boolean {
  return (
    (problem.status === 400 || problem.status === 409) &&
    problem.errors.length > 0 &&
    problem.errors.every((error) => /^(rows|header)(\.|$)/.test(error.field))
  );
}
