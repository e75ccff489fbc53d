import type { EntryParties } from '../conflicts.ts';
import type { Council, CouncilMember } from '../council.ts';
import type { RoundEntry } from '../round-results.ts';
import { defaultRubric, type Rubric } from '../rubric.ts';
import type { Score } from '../score.ts';

/** The default five-criterion rubric of round 1 of Cao Bằng's 2021 contest. */
export function sampleRubric(overrides: Partial<Rubric> = {}): Rubric {
  return { ...defaultRubric('contest-cb-2021', 1), ...overrides };
}

const member = (
  userId: string,
  name: string,
  role: CouncilMember['role'],
  unitId: string,
): CouncilMember => ({
  userId,
  name,
  role,
  unitId,
});

/**
 * A council formed as Cao Bằng's plan describes it: members from Sở Nội vụ, Văn phòng UBND, Sở Khoa học và Công
 * nghệ, Sở Tài chính, Sở Tư pháp and Sở Thông tin và Truyền thông. The plan gives no decision; its number, date and
 * the names are placeholders.
 */
export function sampleCouncil(overrides: Partial<Council> = {}): Council {
  return {
    contestId: 'contest-cb-2021',
    decision: { number: '1820/QĐ-UBND', date: '2021-11-01', signer: 'Chủ tịch UBND tỉnh Cao Bằng' },
    members: [
      member('u-chair', 'Nông Văn Chủ', 'chair', 'so-noi-vu'),
      member('u-vice', 'Hoàng Thị Phó', 'vice-chair', 'van-phong-ubnd'),
      member('u-secretary', 'Lý Văn Thư', 'secretary', 'so-noi-vu'),
      member('u-science', 'Bế Thị Khoa', 'member', 'so-khcn'),
      member('u-finance', 'Đàm Văn Tài', 'member', 'so-tai-chinh'),
      member('u-justice', 'Lục Thị Pháp', 'member', 'so-tu-phap'),
      member('u-ict', 'Triệu Văn Tin', 'member', 'so-tttt'),
    ],
    quorum: 5,
    ...overrides,
  };
}

/** Entries from several units; one is written by a council member, one comes from a member's unit. */
export function sampleEntries(): (EntryParties & RoundEntry & { title: string; ownerId: string })[] {
  return [
    {
      id: 'entry-1',
      unitId: 'ubnd-hoa-an',
      ownerId: 'u-author-1',
      title: 'Một cửa điện tử liên thông cấp xã',
      submittedAt: '2021-10-20T02:00:00.000Z',
      authors: [{ userId: 'u-author-1', name: 'Hà Văn Một', dateOfBirth: '1985-03-02' }],
    },
    {
      id: 'entry-2',
      unitId: 'so-tai-chinh',
      ownerId: 'u-author-2',
      title: 'Số hóa hồ sơ quyết toán',
      submittedAt: '2021-10-25T08:30:00.000Z',
      authors: [{ userId: 'u-author-2', name: 'Ma Thị Hai', dateOfBirth: '1990-07-15' }],
    },
    {
      id: 'entry-3',
      unitId: 'so-xay-dung',
      ownerId: 'u-author-3',
      title: 'Tra cứu quy hoạch trực tuyến',
      submittedAt: '2021-10-30T16:59:00.000Z',
      authors: [
        { userId: 'u-author-3', name: 'Vi Văn Ba', dateOfBirth: '1979-11-30' },
        { userId: null, name: 'Triệu Văn Tin', dateOfBirth: null },
      ],
    },
  ];
}

/** A complete, submitted score sheet on the default rubric (total 78). */
export function sampleScore(overrides: Partial<Score> = {}): Score {
  return {
    entryId: 'entry-1',
    judgeId: 'u-science',
    round: 1,
    points: {
      novelty: 16,
      creativity: 12,
      'usefulness-effectiveness': 24.5,
      replicability: 14.5,
      feasibility: 11,
    },
    comment: 'Giải pháp thiết thực, đã áp dụng thử tại 3 xã.',
    state: 'submitted',
    ...overrides,
  };
}
