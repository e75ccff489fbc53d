import type { Contest } from '../contest.ts';
import type { Entry, EntryContent } from '../entry.ts';
import { CCHC_FIELDS, OPTIONAL_CCHC_FIELDS, TARGET_INDEX_KEYS } from '../reference-data.ts';
import { endOfVietnamDay, vietnamLocalToInstant } from '../vietnam-time.ts';

/**
 * Hậu Giang's 2022 contest as its notice describes it: six fields plus digital transformation, entries from
 * 16/8 to the end of 15/9/2022, a written round and an oral defence with 10 days to prepare, open to everyone.
 * The notice gives no plan number or date; those here are placeholders.
 */
export function sampleContest(overrides: Partial<Contest> = {}): Contest {
  return {
    id: 'contest-hg-2022',
    provinceCode: 'HG',
    status: 'open',
    planNumber: '01/KH-BTC',
    planDate: '2022-08-01',
    issuingBody: 'Ban Tổ chức cuộc thi tỉnh Hậu Giang',
    title:
      'Cuộc thi đề xuất mô hình, sáng kiến, giải pháp trong thực hiện nhiệm vụ CCHC và chuyển đổi số năm 2022',
    period: { startYear: 2022, endYear: 2022 },
    description: 'Mô hình, sáng kiến, giải pháp CCHC và chuyển đổi số.',
    rules: 'Thể lệ cuộc thi: bài dự thi phải có tính mới, không trùng lắp ý tưởng.',
    fields: [...CCHC_FIELDS, OPTIONAL_CCHC_FIELDS[1]!].map((field) => ({ ...field })),
    targetIndices: [...TARGET_INDEX_KEYS],
    eligibleEntrants: ['unit', 'individual', 'citizen', 'organisation', 'business'],
    quota: null,
    submissionWindow: {
      opensAt: vietnamLocalToInstant('2022-08-16T00:00'),
      closesAt: endOfVietnamDay('2022-09-15'),
    },
    rounds: [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 10 }],
    unitPreselection: false,
    blindJudging: true,
    acceptsUnappliedIdeas: true,
    ...overrides,
  };
}

/**
 * Cao Bằng's 2021 contest (Plan 2684/KH-UBND): units and their staff, at least one entry per unit, entries until
 * 31/10/2021, units may run their own pre-selection, one written round.
 */
export function sampleQuotaContest(overrides: Partial<Contest> = {}): Contest {
  return {
    id: 'contest-cb-2021',
    provinceCode: 'CB',
    status: 'open',
    planNumber: '2684/KH-UBND',
    planDate: '2021-09-30',
    issuingBody: 'UBND tỉnh Cao Bằng',
    title: 'Cuộc thi "Sáng kiến, giải pháp về cải cách hành chính" tỉnh Cao Bằng năm 2021',
    period: { startYear: 2021, endYear: 2021 },
    description: '',
    rules: 'Mỗi cơ quan, đơn vị, địa phương đề xuất ít nhất 01 sáng kiến, giải pháp.',
    fields: CCHC_FIELDS.map((field) => ({ ...field })),
    targetIndices: ['PAR_INDEX', 'SIPAS', 'PAPI', 'ICT_INDEX', 'PCI'],
    eligibleEntrants: ['unit', 'individual'],
    quota: { minEntriesPerUnit: 1 },
    submissionWindow: {
      opensAt: vietnamLocalToInstant('2021-09-30T00:00'),
      closesAt: endOfVietnamDay('2021-10-31'),
    },
    rounds: [{ kind: 'written' }],
    unitPreselection: true,
    blindJudging: false,
    acceptsUnappliedIdeas: false,
    ...overrides,
  };
}

/** The complete content of an entry that passes every submission rule of sampleContest(). */
export function sampleEntryContent(overrides: Partial<EntryContent> = {}): EntryContent {
  return {
    entrantKind: 'individual',
    authors: [
      {
        name: 'Nguyễn Văn An',
        dateOfBirth: '1985-03-12',
        workplace: 'Sở Nội vụ tỉnh Hậu Giang',
        title: 'Chuyên viên',
        qualification: 'Thạc sĩ Quản lý công',
        contributionPercent: 33.33,
      },
      {
        name: 'Trần Thị Bình',
        dateOfBirth: '1990-07-01',
        workplace: 'Sở Nội vụ tỉnh Hậu Giang',
        title: 'Chuyên viên',
        qualification: 'Cử nhân Luật',
        contributionPercent: 33.33,
      },
      {
        name: 'Lê Minh Châu',
        dateOfBirth: '1979-11-30',
        workplace: 'Trung tâm Phục vụ hành chính công tỉnh',
        title: 'Phó Giám đốc',
        qualification: 'Kỹ sư Công nghệ thông tin',
        contributionPercent: 33.34,
      },
    ],
    investor: null,
    fieldKey: 'administrative-procedure-reform',
    solutionType: 'operational',
    format: 'scheme',
    title: 'Trả kết quả thủ tục hành chính qua Zalo cho người dân',
    currentSituation: 'Người dân phải đến Trung tâm nhiều lần để hỏi tiến độ hồ sơ.',
    solution: 'Tự động nhắn tin tiến độ và hẹn trả kết quả qua tài khoản Zalo chính thức.',
    novelty: 'Chưa được áp dụng tại tỉnh; không trùng với mô hình đã công khai ở tỉnh khác.',
    firstAppliedOn: '2022-06-01',
    applicationScope: 'Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp huyện.',
    trialParticipants: [
      {
        name: 'Phạm Quốc Dũng',
        dateOfBirth: '1992-02-02',
        workplace: 'Trung tâm Phục vụ hành chính công tỉnh',
        title: 'Viên chức',
        qualification: 'Cử nhân',
        task: 'Vận hành thử tài khoản Zalo',
      },
    ],
    conditionsToApply: 'Tài khoản Zalo chính thức, kết nối với hệ thống một cửa điện tử.',
    benefits: 'Giảm số lần đi lại của người dân; tăng chỉ số SIPAS.',
    stateFunding: { used: true, amountVnd: 15_000_000 },
    targetIndices: ['SIPAS', 'PAR_INDEX'],
    confidentialSections: ['conditionsToApply'],
    ...overrides,
  };
}

/** A stored entry of sampleContest() in `status`, with sampleEntryContent(). */
export function sampleEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'entry-1',
    contestId: 'contest-hg-2022',
    provinceCode: 'HG',
    unitId: 'unit-so-noi-vu',
    status: 'draft',
    screeningNote: null,
    submittedAt: null,
    content: sampleEntryContent(),
    ...overrides,
  };
}
