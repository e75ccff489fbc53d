import type { AssignmentRow } from '@cchc/judging-domain';
import { HttpProblem } from '@cchc/service-kit';
import { readSheet } from '@cchc/sheets';

/** Accepted headers of the two columns, in English and in Vietnamese (without diacritics, as spreadsheets keep). */
const COLUMNS = {
  entryId: ['entry_id', 'ma_bai'],
  judgeId: ['judge_id', 'ma_thanh_vien'],
} as const;

export interface AssignmentSheet {
  rows: AssignmentRow[];
  /** The file's line of each row, from 1, for the problems. */
  lines: number[];
  /** The header of each column as the file spells it. */
  headers: Record<keyof AssignmentRow, string>;
}

const headerKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '_');

/** Reads an assignment import (CSV or XLSX): a header line naming the entry and judge columns, one pair per line. */
export async function readAssignmentSheet(content: Buffer): Promise<AssignmentSheet> {
  const [header = [], ...body] = await readSheet(content);
  const keys = header.map(headerKey);
  const column = (names: readonly string[]) => keys.findIndex((key) => names.includes(key));
  const entryColumn = column(COLUMNS.entryId);
  const judgeColumn = column(COLUMNS.judgeId);
  if (entryColumn < 0 || judgeColumn < 0)
    throw new HttpProblem(
      400,
      'The first line must name the columns entry_id and judge_id',
      'about:blank',
      undefined,
      [
        {
          field: 'line.1',
          code: 'assignment.sheet.header',
          message:
            'The first line must name the columns entry_id and judge_id (or ma_bai and ma_thanh_vien).',
          messageVi: 'Dòng đầu tiên phải có tên cột ma_bai và ma_thanh_vien (hoặc entry_id và judge_id).',
        },
      ],
    );
  const sheet: AssignmentSheet = {
    rows: [],
    lines: [],
    headers: { entryId: header[entryColumn]!.trim(), judgeId: header[judgeColumn]!.trim() },
  };
  body.forEach((cells, index) => {
    const entryId = (cells[entryColumn] ?? '').trim();
    const judgeId = (cells[judgeColumn] ?? '').trim();
    if (entryId === '' && judgeId === '') return;
    sheet.rows.push({ entryId, judgeId });
    sheet.lines.push(index + 2);
  });
  return sheet;
}

/** Renames a rule's `rows.<index>.<column>` to `line.<line>.<header>` so people find the cell in their file. */
export function fieldInSheet(field: string, sheet: AssignmentSheet): string {
  const match = /^rows\.(\d+)(?:\.(entryId|judgeId))?$/.exec(field);
  if (!match) return field;
  const line = sheet.lines[Number(match[1])];
  const column = match[2] as keyof AssignmentRow | undefined;
  return column ? `line.${line}.${sheet.headers[column]}` : `line.${line}`;
}
