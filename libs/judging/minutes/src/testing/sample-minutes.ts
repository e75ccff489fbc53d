import type { MinutesInput, MinutesResult } from '../minutes-input.ts';

const UNITS = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'UBND huyện Bảo Lạc',
  'Trung tâm Phục vụ hành chính công tỉnh',
  null,
];

const TOPICS = [
  'Số hóa hồ sơ đất đai và trả kết quả qua dịch vụ bưu chính công ích',
  'Rút ngắn thời gian cấp phiếu lý lịch tư pháp cho người dân vùng cao',
  'Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến',
  'Một cửa liên thông điện tử cấp xã: tiếp nhận, luân chuyển và đôn đốc giải quyết',
];

/** The title that exercises the most diacritics; the first result of every sample. */
export const SAMPLE_FIRST_TITLE = 'Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính';

/** `count` ranked results, best first, with unique titles and scores that fall by about a point per rank. */
export function sampleResults(count: number): MinutesResult[] {
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    entryTitle: i === 0 ? SAMPLE_FIRST_TITLE : `${TOPICS[i % TOPICS.length]} (sáng kiến số ${i + 1})`,
    unitName: UNITS[i % UNITS.length] ?? null,
    score: 96.335 - i * 1.05,
    judgeCount: 5 - (i % 3),
    disagreement: i % 7 === 3,
  }));
}

/** A complete round-1 input of Cao Bằng with `resultCount` results (60 spans several pages). */
export function sampleMinutesInput(resultCount = 60): MinutesInput {
  return {
    provinceName: 'Cao Bằng',
    contestTitle: 'Hội thi sáng kiến cải cách hành chính tỉnh Cao Bằng năm 2026',
    round: 1,
    roundKind: 'written',
    decision: { number: '125/QĐ-UBND', date: '2026-02-03', signer: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    closedAt: '2026-03-04T18:30:00Z',
    closedBy: 'Nguyễn Văn Thắng',
    quorum: 4,
    members: [
      { name: 'Nguyễn Văn Thắng', role: 'chair', unitName: 'Văn phòng UBND tỉnh', present: true },
      { name: 'Hoàng Thị Lệ', role: 'vice-chair', unitName: 'Sở Nội vụ', present: true },
      { name: 'Nguyễn Thị Hương', role: 'secretary', unitName: 'Sở Nội vụ', present: true },
      { name: 'Đàm Quốc Việt', role: 'member', unitName: 'Sở Tư pháp', present: true },
      { name: 'Lục Văn Đức', role: 'member', unitName: null, present: false },
    ],
    recusals: [
      {
        judgeName: 'Đàm Quốc Việt',
        entryTitle: SAMPLE_FIRST_TITLE,
        reason: 'Vợ của thành viên là đồng tác giả sáng kiến.',
      },
    ],
    conflicts: [
      { judgeName: 'Hoàng Thị Lệ', entryTitle: 'Số hóa hồ sơ đất đai (sáng kiến số 2)', reason: 'same-unit' },
      { judgeName: 'Nguyễn Thị Hương', entryTitle: 'Tổ công nghệ số cộng đồng', reason: 'author' },
    ],
    criteria: [
      { labelVi: 'Tính mới', maxPoints: 20 },
      { labelVi: 'Tính sáng tạo', maxPoints: 15 },
      { labelVi: 'Tính hữu ích, hiệu quả', maxPoints: 30 },
      { labelVi: 'Khả năng nhân rộng', maxPoints: 20 },
      { labelVi: 'Tính khả thi', maxPoints: 15 },
    ],
    aggregation: 'trimmed-mean',
    normalised: false,
    tieBreaks: ['Tính hữu ích, hiệu quả', 'Tính mới'],
    maxTotal: 100,
    results: sampleResults(resultCount),
    unscoredTitles: ['Ứng dụng Zalo trong tiếp nhận phản ánh, kiến nghị của người dân'],
    override: { reason: 'Một thành viên ốm nặng, không thể hoàn thành phiếu chấm.', missingScores: 3 },
    advancing: sampleResults(resultCount)
      .slice(0, 10)
      .map((r) => r.entryTitle),
  };
}
