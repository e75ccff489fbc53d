import { HttpProblem } from '@cchc/service-kit';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function xlsxTable(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new HttpProblem(415, 'The file is a zip archive but not an Excel workbook (.xlsx)');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text);
    table[number - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}

/**
 * The separator of the header line: Excel saves CSV with commas or semicolons depending on the regional settings,
 * and a name in a later line may hold the other one.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((candidate) => [candidate, header.split(candidate).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function csvTable(content: Buffer): string[][] {
  let text: string;
  try {
    text = utf8.decode(content);
  } catch {
    throw new HttpProblem(415, 'The file is neither an Excel workbook (.xlsx) nor UTF-8 text (.csv)');
  }
  if (text.includes('\u0000')) throw new HttpProblem(415, 'The file is binary, not a CSV or XLSX file');
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new HttpProblem(400, `The CSV cannot be read: ${(error as Error).message}`);
  }
}

/** The first sheet of an XLSX workbook or a CSV file as rows of text, decided by the content, not the name. */
export async function readSheet(content: Buffer): Promise<string[][]> {
  return content.subarray(0, 4).equals(ZIP_MAGIC) ? xlsxTable(content) : csvTable(content);
}
