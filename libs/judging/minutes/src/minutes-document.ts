import type {
  Column,
  Content,
  Node,
  NodeQueries,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { MinutesInput } from './minutes-input.ts';
import {
  aggregationLabel,
  conflictLabel,
  formatDate,
  formatNumber,
  formatScore,
  formatVietnamDateTime,
  formatWeight,
  placeDateLine,
  provinceWithLevel,
  roleLabel,
  roundLabel,
  upperVi,
} from './vietnamese-format.ts';

/** The font family the document uses; `render-minutes.ts` registers it under this name. */
export const FONT_FAMILY = 'Noto Serif (minutes)';

// A4 with Decree 30/2020's margins: 20 mm top and bottom, 30 mm left (binding), 15 mm right.
const MM = 72 / 25.4;
const PAGE_MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const HEADER_LEFT_WIDTH = 200;
const HEADER_RIGHT_WIDTH = CONTENT_WIDTH - HEADER_LEFT_WIDTH;
const NONE = 'Không có.';
// Points a heading needs below it for a table to start on the same page: the heading, a header row of up to three
// lines and a first row of up to three lines.
const ROOM_FOR_TABLE_START = 130;

// Thin rules, a little padding; the tables are records, not decoration.
const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A rule of `length` points under a header name; pdfmake centres it in its column like the text above it. */
function rule(length: number): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.5 }],
    margin: [0, 2, 0, 0],
  };
}

function headerCell(text: string): TableCell {
  return { text, style: 'tableHeader', alignment: 'center' };
}

/**
 * A table with its header row repeated on every page it spans; rows are not split across pages, and long text
 * wraps inside its cell.
 */
function table(widths: (number | '*')[], header: TableCell[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [header, ...rows] },
    layout: TABLE_LAYOUT,
    style: 'table',
  };
}

// Headings carry a headline level, so that one left alone at the foot of a page can move to the next
// (keepHeadingWithContent).
function sectionHeading(text: string): Content {
  return { text, style: 'section', headlineLevel: 1 };
}

function subheading(number: number, text: string): Content {
  return { text: `${number}. ${text}`, style: 'subheading', headlineLevel: 2 };
}

/*
 * A numbered list as a borderless table: pdfmake's own `ol` draws each number after its item, so a reader of the
 * text (a screen reader, a search, a copy) would get the number at the end of the line.
 */
function numberedList(items: readonly string[]): Content {
  return {
    table: {
      dontBreakRows: true,
      widths: [22, '*'],
      body: items.map((item, i) => [{ text: `${i + 1}.`, alignment: 'right' }, item]),
    },
    layout: {
      ...TABLE_LAYOUT,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i: number) => (i === 0 ? 0 : 4),
      paddingTop: () => 0,
      paddingBottom: () => 1,
    },
    margin: [6, 0, 0, 4],
  };
}

function paragraph(text: string, bold = false): Content {
  return { text, style: 'paragraph', bold };
}

function header(input: MinutesInput): Content {
  const province = upperVi(provinceWithLevel(input.provinceName));
  return {
    columns: [
      {
        width: HEADER_LEFT_WIDTH,
        stack: [
          { text: 'HỘI ĐỒNG ĐÁNH GIÁ SÁNG KIẾN', bold: true },
          { text: province, bold: true },
          rule(60),
        ],
        alignment: 'center',
        fontSize: 11,
      },
      {
        width: HEADER_RIGHT_WIDTH,
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 12 },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 13 },
          rule(165),
          {
            text: placeDateLine(input.provinceName.trim(), input.closedAt),
            italics: true,
            fontSize: 13,
            margin: [0, 8, 0, 0],
          },
        ],
        alignment: 'center',
      },
    ],
    columnGap: 0,
  };
}

function title(input: MinutesInput): Content {
  return {
    stack: [
      { text: 'BIÊN BẢN HỌP HỘI ĐỒNG', bold: true, fontSize: 14 },
      { text: roundLabel(input.round, input.roundKind), bold: true },
      { text: input.contestTitle },
    ],
    alignment: 'center',
    margin: [0, 24, 0, 12],
  };
}

function opening(input: MinutesInput): Content[] {
  const { decision } = input;
  return [
    paragraph(
      `Căn cứ Quyết định số ${decision.number} ngày ${formatDate(decision.date)} do ${decision.signer} ký, ` +
        'về việc thành lập Hội đồng đánh giá sáng kiến;',
    ),
    paragraph(
      `Hội đồng họp xét kết quả ${roundLabel(input.round, input.roundKind).replace('Vòng', 'vòng')} ` +
        `của ${input.contestTitle}. Vòng chấm được đóng lúc ${formatVietnamDateTime(input.closedAt)} ` +
        `(giờ Việt Nam); chủ trì: ${input.closedBy}, Chủ tịch Hội đồng.`,
    ),
  ];
}

function members(input: MinutesInput): Content[] {
  const present = input.members.filter((m) => m.present).length;
  const absent = input.members.length - present;
  const quorumMet = present >= input.quorum;
  return [
    sectionHeading('I. THÀNH PHẦN'),
    paragraph(
      `Tổng số thành viên Hội đồng: ${input.members.length}; có mặt: ${present}; vắng mặt: ${absent}. ` +
        `Số thành viên có mặt tối thiểu để phiên họp hợp lệ: ${input.quorum}.`,
    ),
    paragraph(
      quorumMet
        ? 'Phiên họp đủ số thành viên theo quy định.'
        : 'Phiên họp không đủ số thành viên tối thiểu theo quy định.',
      true,
    ),
    input.members.length === 0
      ? paragraph(NONE)
      : table(
          [26, '*', 72, 120, 58],
          [
            headerCell('STT'),
            headerCell('Họ và tên'),
            headerCell('Chức danh'),
            headerCell('Đơn vị công tác'),
            headerCell('Tham dự'),
          ],
          input.members.map((m, i) => [
            { text: String(i + 1), alignment: 'center' },
            m.name,
            roleLabel(m.role),
            m.unitName ?? '',
            { text: m.present ? 'Có mặt' : 'Vắng mặt', alignment: 'center' },
          ]),
        ),
  ];
}

function conflicts(input: MinutesInput): Content[] {
  const widths: (number | '*')[] = [26, 110, '*', 130];
  const head = [headerCell('STT'), headerCell('Thành viên'), headerCell('Sáng kiến'), headerCell('Lý do')];
  return [
    sectionHeading('II. XUNG ĐỘT LỢI ÍCH VÀ RÚT LUI'),
    subheading(1, 'Thành viên tự khai báo xung đột lợi ích và rút lui, không chấm sáng kiến:'),
    input.recusals.length === 0
      ? paragraph(NONE)
      : table(
          widths,
          head,
          input.recusals.map((r, i) => [
            { text: String(i + 1), alignment: 'center' },
            r.judgeName,
            r.entryTitle,
            r.reason,
          ]),
        ),
    subheading(2, 'Xung đột lợi ích được phát hiện tự động; thành viên không được phân công chấm sáng kiến:'),
    input.conflicts.length === 0
      ? paragraph(NONE)
      : table(
          widths,
          head,
          input.conflicts.map((c, i) => [
            { text: String(i + 1), alignment: 'center' },
            c.judgeName,
            c.entryTitle,
            conflictLabel(c.reason),
          ]),
        ),
  ];
}

function method(input: MinutesInput): Content[] {
  const weighted = input.criteria.some((c) => c.weight !== undefined);
  const widths: (number | '*')[] = weighted ? [26, '*', 70, 70] : [26, '*', 70];
  const head = [headerCell('STT'), headerCell('Tiêu chí'), headerCell('Điểm tối đa')];
  if (weighted) head.push(headerCell('Trọng số'));
  const trimmedNote =
    input.aggregation === 'trimmed-mean'
      ? ' (chỉ khi có từ 5 thành viên chấm trở lên; khi ít hơn, lấy trung bình cộng)'
      : '';
  return [
    sectionHeading('III. TIÊU CHÍ VÀ PHƯƠNG PHÁP'),
    subheading(1, 'Tiêu chí chấm điểm:'),
    input.criteria.length === 0
      ? paragraph(NONE)
      : table(
          widths,
          head,
          input.criteria.map((c, i) => {
            const row: TableCell[] = [
              { text: String(i + 1), alignment: 'center' },
              c.labelVi,
              { text: formatNumber(c.maxPoints), alignment: 'center' },
            ];
            if (weighted) {
              row.push({ text: c.weight === undefined ? '' : formatWeight(c.weight), alignment: 'center' });
            }
            return row;
          }),
        ),
    paragraph(
      `Tổng điểm tối đa: ${formatNumber(input.maxTotal)} điểm` +
        (weighted ? ' (điểm từng tiêu chí được quy đổi theo trọng số).' : '.'),
    ),
    subheading(2, 'Phương pháp tổng hợp điểm:'),
    paragraph(
      `Điểm của sáng kiến là ${aggregationLabel(input.aggregation)}${trimmedNote} tổng điểm của các thành viên chấm.`,
    ),
    subheading(3, 'Chuẩn hóa điểm:'),
    paragraph(
      input.normalised
        ? 'Có. Tổng điểm của từng thành viên được chuẩn hóa theo mức chấm chung của thành viên đó ' +
            '(trung bình và độ lệch chuẩn) trước khi tổng hợp.'
        : 'Không chuẩn hóa; dùng tổng điểm của các thành viên chấm.',
    ),
    subheading(4, 'Tiêu chí phân định thứ hạng khi bằng điểm, theo thứ tự ưu tiên:'),
    input.tieBreaks.length === 0 ? paragraph(NONE) : numberedList(input.tieBreaks),
  ];
}

function results(input: MinutesInput): Content[] {
  const content: Content[] = [sectionHeading('IV. KẾT QUẢ')];
  let n = 0;
  content.push(subheading(++n, 'Bảng xếp hạng:'));
  if (input.results.length === 0) {
    content.push(paragraph('Không có sáng kiến nào được xếp hạng.'));
  } else {
    content.push(
      table(
        [30, '*', 92, 46, 48, 48],
        [
          headerCell('Hạng'),
          headerCell('Tên sáng kiến'),
          headerCell('Đơn vị'),
          headerCell(`Điểm (tối đa ${formatNumber(input.maxTotal)})`),
          headerCell('Số thành viên chấm'),
          headerCell('Chênh lệch lớn'),
        ],
        input.results.map((r) => [
          { text: String(r.rank), alignment: 'center' },
          r.entryTitle,
          r.unitName ?? '',
          { text: formatScore(r.score), alignment: 'right' },
          { text: String(r.judgeCount), alignment: 'center' },
          { text: r.disagreement ? 'Có' : '', alignment: 'center' },
        ]),
      ),
      {
        text:
          'Điểm được làm tròn đến hai chữ số thập phân; thứ hạng xét trên điểm chưa làm tròn. ' +
          '“Chênh lệch lớn”: tổng điểm của các thành viên chấm sáng kiến chênh nhau nhiều.',
        style: 'note',
      },
    );
  }
  content.push(subheading(++n, 'Sáng kiến chưa có điểm (không xếp hạng):'));
  content.push(
    input.unscoredTitles.length === 0 ? paragraph(NONE) : { ul: [...input.unscoredTitles], style: 'list' },
  );
  if (input.override) {
    content.push(subheading(++n, 'Đóng vòng chấm khi còn thiếu phiếu điểm:'));
    content.push(
      paragraph(
        `Chủ tịch Hội đồng quyết định đóng vòng chấm khi còn thiếu ${input.override.missingScores} phiếu điểm. ` +
          `Lý do: ${input.override.reason}`,
      ),
    );
  }
  if (input.advancing) {
    content.push(subheading(++n, 'Sáng kiến được chọn vào Vòng 2:'));
    content.push(input.advancing.length === 0 ? paragraph(NONE) : numberedList(input.advancing));
  }
  return content;
}

function signatures(input: MinutesInput): Content {
  const secretary = input.members.find((m) => m.role === 'secretary')?.name ?? '';
  const block = (role: string, name: string): Column => ({
    width: '50%',
    stack: [
      { text: role, bold: true },
      { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 12 },
      { text: name, bold: true, margin: [0, 64, 0, 0] },
    ],
    alignment: 'center',
  });
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [block('THƯ KÝ', secretary), block('CHỦ TỊCH HỘI ĐỒNG', input.closedBy)],
  };
}

/*
 * A heading is moved to the next page when nothing but headings follows it on its page, or when a table (or list)
 * follows with too little room left for its header and first row: pdfmake then moves the table on and would leave
 * the heading alone at the foot of the page. The room is judged from the heading's own position, because the
 * positions pdfmake reports for the cells of a table it moved are those before the move.
 */
function keepHeadingWithContent(node: Node, nodes: NodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  const next = nodes.getFollowingNodesOnPage().find((following) => following.headlineLevel === undefined);
  if (next === undefined) return true;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  return next.table !== undefined && pageInnerHeight * (1 - verticalRatio) < ROOM_FOR_TABLE_START;
}

/** The pdfmake definition of the minutes (pure: the same input gives the same definition). */
export function minutesDocument(input: MinutesInput): TDocumentDefinitions {
  const closedAt = new Date(input.closedAt);
  if (Number.isNaN(closedAt.getTime())) throw new RangeError(`closedAt is not an instant: ${input.closedAt}`);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `Biên bản họp Hội đồng - ${roundLabel(input.round, input.roundKind)}`,
      subject: input.contestTitle,
      author: 'Hội đồng đánh giá sáng kiến',
      // the closing instant rather than the clock, so one round's minutes are the same bytes every time
      creationDate: closedAt,
      modDate: closedAt,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 13, lineHeight: 1.15 },
    styles: {
      section: { bold: true, margin: [0, 12, 0, 4] },
      subheading: { bold: true, margin: [0, 6, 0, 3] },
      // not justified: pdfmake spreads the space over every break opportunity, after '/' and '-' too, which
      // would pull a decision number like 125/QĐ-UBND apart
      paragraph: { margin: [0, 0, 0, 4] },
      list: { margin: [12, 0, 0, 4] },
      table: { fontSize: 10.5, lineHeight: 1.1, margin: [0, 2, 0, 6] },
      tableHeader: { bold: true },
      note: { fontSize: 10.5, italics: true, margin: [0, 0, 0, 4] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Trang ${currentPage}/${pageCount}`,
      alignment: 'center',
      fontSize: 10,
      margin: [0, 20, 0, 0],
    }),
    pageBreakBefore: keepHeadingWithContent,
    content: [
      header(input),
      title(input),
      ...opening(input),
      ...members(input),
      ...conflicts(input),
      ...method(input),
      ...results(input),
      signatures(input),
    ],
  };
}
