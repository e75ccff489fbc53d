import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesInput } from './minutes-input.ts';
import { renderMinutes } from './render-minutes.ts';
import { pdfPagesText, SAMPLE_FIRST_TITLE, sampleMinutesInput } from './testing/index.ts';
import { formatScore } from './vietnamese-format.ts';

const RESULTS_HEADER = 'Hạng Tên sáng kiến Đơn vị Điểm (tối đa 100) Số thành viên chấm Chênh lệch lớn';

/** The pages' text without their page numbers, joined, so a section read across a page break reads on. */
function body(pages: readonly string[]): string {
  return pages.map((page) => page.replace(/ ?Trang \d+\/\d+$/, '')).join(' ');
}

/** The text between two markers (the first `end` after `start`), to look at one part of the minutes. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from, `"${start}" is printed`).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  expect(to, `"${end}" is printed after "${start}"`).toBeGreaterThan(from);
  return text.slice(from + start.length, to);
}

describe('renderMinutes, round 1 with 60 results', () => {
  const input = sampleMinutesInput(60);
  let bytes: Uint8Array;
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    bytes = await renderMinutes(input);
    pages = await pdfPagesText(bytes);
    text = body(pages);
  });

  it('is a PDF of several pages, each numbered out of the total', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  });

  it('embeds Noto Serif, so the text is drawn with the font that has its letters', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/ToUnicode');
  });

  it('keeps Vietnamese text exactly, read back through the fonts’ Unicode maps', () => {
    for (const expected of [
      SAMPLE_FIRST_TITLE,
      'Nguyễn Thị Hương',
      'Đàm Quốc Việt',
      'Hội thi sáng kiến cải cách hành chính tỉnh Cao Bằng năm 2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toBe(text.normalize('NFC'));
  });

  it('has the header of an administrative document, the title and the place and date', () => {
    expect(
      pages[0]?.startsWith(
        'HỘI ĐỒNG ĐÁNH GIÁ SÁNG KIẾN TỈNH CAO BẰNG ' +
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ' +
          'Cao Bằng, ngày 05 tháng 3 năm 2026 ' +
          'BIÊN BẢN HỌP HỘI ĐỒNG Vòng 1: chấm hồ sơ ' +
          'Hội thi sáng kiến cải cách hành chính tỉnh Cao Bằng năm 2026 ',
      ),
    ).toBe(true);
    expect(pages[0]).toContain(
      'Căn cứ Quyết định số 125/QĐ-UBND ngày 03/02/2026 do Chủ tịch Ủy ban nhân dân tỉnh ký',
    );
    expect(pages[0]).toContain(
      'Vòng chấm được đóng lúc 05/03/2026 01:30 (giờ Việt Nam); chủ trì: Nguyễn Văn Thắng',
    );
  });

  it('has the four sections in order', () => {
    const headings = [
      'I. THÀNH PHẦN',
      'II. XUNG ĐỘT LỢI ÍCH VÀ RÚT LUI',
      'III. TIÊU CHÍ VÀ PHƯƠNG PHÁP',
      'IV. KẾT QUẢ',
      'THƯ KÝ',
      'CHỦ TỊCH HỘI ĐỒNG',
    ];
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists the members with their roles and presence, and says the quorum is met', () => {
    const section = between(text, 'I. THÀNH PHẦN', 'II. XUNG ĐỘT');
    expect(section).toContain('Tổng số thành viên Hội đồng: 5; có mặt: 4; vắng mặt: 1.');
    expect(section).toContain('Phiên họp đủ số thành viên theo quy định.');
    expect(section).toContain('1 Nguyễn Văn Thắng Chủ tịch Văn phòng UBND tỉnh Có mặt');
    expect(section).toContain('2 Hoàng Thị Lệ Phó Chủ tịch Sở Nội vụ Có mặt');
    expect(section).toContain('3 Nguyễn Thị Hương Thư ký Sở Nội vụ Có mặt');
    expect(section).toContain('4 Đàm Quốc Việt Ủy viên Sở Tư pháp Có mặt');
    expect(section).toContain('5 Lục Văn Đức Ủy viên Vắng mặt');
  });

  it('prints the declared recusal with its reason and the automatic conflicts', () => {
    const section = between(text, 'II. XUNG ĐỘT LỢI ÍCH VÀ RÚT LUI', 'III. TIÊU CHÍ');
    expect(section).toContain(
      `1 Đàm Quốc Việt ${SAMPLE_FIRST_TITLE} Vợ của thành viên là đồng tác giả sáng kiến.`,
    );
    expect(section).toContain(
      '1 Hoàng Thị Lệ Số hóa hồ sơ đất đai (sáng kiến số 2) cùng đơn vị với sáng kiến',
    );
    expect(section).toContain('2 Nguyễn Thị Hương Tổ công nghệ số cộng đồng là tác giả của sáng kiến');
    expect(section).not.toContain('Không có');
  });

  it('states the criteria, the aggregation and the tie-breaks in Vietnamese', () => {
    const section = between(text, 'III. TIÊU CHÍ VÀ PHƯƠNG PHÁP', 'IV. KẾT QUẢ');
    expect(section).toContain('1 Tính mới 20 2 Tính sáng tạo 15 3 Tính hữu ích, hiệu quả 30');
    expect(section).toContain('Tổng điểm tối đa: 100 điểm.');
    expect(section).toContain('trung bình sau khi bỏ điểm cao nhất và thấp nhất');
    expect(section).toContain('Không chuẩn hóa');
    expect(section).toContain('theo thứ tự ưu tiên: 1. Tính hữu ích, hiệu quả 2. Tính mới');
  });

  it('prints every ranking row in rank order, scores with a decimal comma', () => {
    const section = between(text, 'IV. KẾT QUẢ', 'THƯ KÝ');
    expect(section).toContain(`1 ${SAMPLE_FIRST_TITLE} Sở Nội vụ 96,34 5`);
    expect(section).toContain(
      '5 Số hóa hồ sơ đất đai và trả kết quả qua dịch vụ bưu chính công ích (sáng kiến số 5) 92,14 4',
    );
    let from = 0;
    for (const r of input.results) {
      const row = [
        r.rank,
        r.entryTitle,
        r.unitName,
        formatScore(r.score),
        r.judgeCount,
        r.disagreement ? 'Có' : null,
      ]
        .filter((cell) => cell !== null)
        .join(' ');
      const at = section.indexOf(row, from);
      expect(at, `row ${r.rank} after row ${r.rank - 1}`).toBeGreaterThanOrEqual(from);
      from = at + row.length;
    }
  });

  it('repeats the table header on every page the ranking spans', () => {
    const rankingPages = pages.filter((page) => page.includes('(sáng kiến số'));
    expect(rankingPages.length).toBeGreaterThan(2);
    for (const page of rankingPages.slice(1)) {
      if (page.includes('Bảng xếp hạng') || /^\d+\. /.test(page)) continue;
      expect(page.startsWith(RESULTS_HEADER)).toBe(true);
    }
    expect(text.split(RESULTS_HEADER).length - 1).toBeGreaterThan(2);
  });

  it('prints the unscored entries, the override with its reason and who advances', () => {
    const section = between(text, 'IV. KẾT QUẢ', 'THƯ KÝ');
    expect(section).toContain(
      '2. Sáng kiến chưa có điểm (không xếp hạng): Ứng dụng Zalo trong tiếp nhận phản ánh, kiến nghị của người dân',
    );
    expect(section).toContain(
      'Chủ tịch Hội đồng quyết định đóng vòng chấm khi còn thiếu 3 phiếu điểm. ' +
        'Lý do: Một thành viên ốm nặng, không thể hoàn thành phiếu chấm.',
    );
    expect(section).toContain(`4. Sáng kiến được chọn vào Vòng 2: 1. ${SAMPLE_FIRST_TITLE} 2. Rút ngắn`);
    expect(section).toContain(
      '10. Rút ngắn thời gian cấp phiếu lý lịch tư pháp cho người dân vùng cao (sáng kiến số 10)',
    );
  });

  it('ends with the signature blocks of the secretary and the chair', () => {
    expect(pages.at(-1)).toContain(
      'THƯ KÝ (Ký, ghi rõ họ tên) Nguyễn Thị Hương ' +
        `CHỦ TỊCH HỘI ĐỒNG (Ký, ghi rõ họ tên) Nguyễn Văn Thắng Trang ${pages.length}/${pages.length}`,
    );
  });

  it('gives the same bytes for the same input', async () => {
    expect(Buffer.from(await renderMinutes(input)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderMinutes, round 2 with nothing to declare', () => {
  const input: MinutesInput = {
    ...sampleMinutesInput(3),
    round: 2,
    roundKind: 'oral-defence',
    quorum: 5,
    recusals: [],
    conflicts: [],
    criteria: [
      { labelVi: 'Thuyết trình', maxPoints: 10, weight: 0.25 },
      { labelVi: 'Trả lời câu hỏi', maxPoints: 10, weight: 0.75 },
    ],
    aggregation: 'median',
    normalised: true,
    tieBreaks: [],
    unscoredTitles: [],
    override: null,
    advancing: null,
  };
  let text: string;

  beforeAll(async () => {
    text = body(await pdfPagesText(await renderMinutes(input)));
  });

  it('names the round and says the quorum is not met', () => {
    expect(text).toContain('BIÊN BẢN HỌP HỘI ĐỒNG Vòng 2: bảo vệ trực tiếp');
    expect(text).toContain('Phiên họp không đủ số thành viên tối thiểu theo quy định.');
  });

  it('prints "Không có" for an empty recusal list and an empty conflict list', () => {
    const section = between(text, 'II. XUNG ĐỘT LỢI ÍCH VÀ RÚT LUI', 'III. TIÊU CHÍ');
    expect(section).toBe(
      ' 1. Thành viên tự khai báo xung đột lợi ích và rút lui, không chấm sáng kiến: Không có. ' +
        '2. Xung đột lợi ích được phát hiện tự động; thành viên không được phân công chấm sáng kiến: Không có. ',
    );
  });

  it('prints weights, the median, normalisation and no tie-breaks', () => {
    const section = between(text, 'III. TIÊU CHÍ VÀ PHƯƠNG PHÁP', 'IV. KẾT QUẢ');
    expect(section).toContain(
      'STT Tiêu chí Điểm tối đa Trọng số 1 Thuyết trình 10 25% 2 Trả lời câu hỏi 10 75%',
    );
    expect(section).toContain('quy đổi theo trọng số');
    expect(section).toContain('Điểm của sáng kiến là trung vị tổng điểm của các thành viên chấm.');
    expect(section).toContain('3. Chuẩn hóa điểm: Có.');
    expect(section).toContain('theo thứ tự ưu tiên: Không có.');
  });

  it('leaves out the override and the advancing list when there are none', () => {
    const section = between(text, 'IV. KẾT QUẢ', 'THƯ KÝ');
    expect(section).toContain('2. Sáng kiến chưa có điểm (không xếp hạng): Không có.');
    expect(section).not.toContain('thiếu');
    expect(section).not.toContain('được chọn vào');
  });
});
