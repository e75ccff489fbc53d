import { describe, expect, it } from 'vitest';
import type { EntryText } from './entry-text.ts';
import { fieldShingles } from './features.ts';
import { combineScore, compare, DEFAULT_SCORING } from './scoring.ts';
import { stripDiacritics } from './testing/labelled-set.ts';

const entry: EntryText = {
  title: 'Ứng dụng mã QR trong thủ tục đăng ký khai sinh tại UBND xã Tân Phú',
  situation:
    'Người dân phải đi lại nhiều lần để bổ sung giấy tờ khi đăng ký khai sinh. Việc tra cứu tình trạng hồ sơ chủ yếu thực hiện thủ công, dễ sai sót và khó kiểm tra.',
  solution:
    'Nội dung chính của giải pháp gồm các bước sau: 1. In mã QR trên giấy hẹn để người dân quét và xem ngay tình trạng hồ sơ khai sinh. 2. Gửi thông báo kết quả qua tin nhắn ngay khi hồ sơ được phê duyệt. 3. Công khai số điện thoại của công chức phụ trách để người dân liên hệ khi cần.',
  benefits:
    'Sau sáu tháng áp dụng, thời gian giải quyết giảm một nửa. Không còn tình trạng người dân phải đi lại nhiều lần để bổ sung hồ sơ.',
};

const unrelated: EntryText = {
  title: 'Tổ chức đối thoại định kỳ với doanh nghiệp về thủ tục thuế',
  situation: 'Doanh nghiệp nhỏ và vừa chưa nắm rõ các quy định mới về kê khai thuế điện tử.',
  solution:
    'Hằng quý, Sở Tài chính mời doanh nghiệp dự buổi đối thoại, ghi nhận vướng mắc và trả lời bằng văn bản trong vòng mười ngày; các câu hỏi thường gặp được đăng lên cổng thông tin điện tử của tỉnh.',
  benefits: 'Số kiến nghị của doanh nghiệp về thuế giảm rõ rệt; mức độ hài lòng tăng.',
};

const score = (a: EntryText, b: EntryText) => compare(fieldShingles(a), fieldShingles(b));

describe('scoring', () => {
  it('scores an entry against itself 1 with every field matched', () => {
    expect(score(entry, entry)).toEqual({
      score: 1,
      matchedFields: ['title', 'situation', 'solution', 'benefits'],
    });
  });

  it('scores a copy typed without diacritics, or in decomposed Unicode, as the entry itself', () => {
    const withoutDiacritics = Object.fromEntries(
      Object.entries(entry).map(([field, text]) => [field, stripDiacritics(text)]),
    ) as EntryText;
    const decomposed = Object.fromEntries(
      Object.entries(entry).map(([field, text]) => [field, text.normalize('NFD')]),
    ) as EntryText;
    expect(score(withoutDiacritics, entry).score).toBe(1);
    expect(score(decomposed, entry).score).toBe(1);
  });

  it('scores an unrelated entry low, with no field matched', () => {
    const similarity = score(unrelated, entry);
    expect(similarity.score).toBeLessThan(0.1);
    expect(similarity.matchedFields).toEqual([]);
  });

  it('names only the fields taken over when another entry copies the solution', () => {
    const partial = { ...unrelated, solution: entry.solution };
    const similarity = score(partial, entry);
    expect(similarity.matchedFields).toEqual(['solution']);
    // The whole entries differ, so the copied solution decides the score, less the margin.
    expect(similarity.score).toBeCloseTo(1 - DEFAULT_SCORING.solutionMargin);
  });

  it('does not compare solutions too short to mean anything on their own', () => {
    const shortSolution = { ...unrelated, solution: 'Như trên.' };
    expect(score(shortSolution, { ...entry, solution: 'Như trên.' }).score).toBeLessThan(0.2);
  });

  it('still matches content moved from one section to another', () => {
    const moved = { ...entry, situation: entry.benefits, benefits: entry.situation };
    const similarity = score(moved, entry);
    expect(similarity.score).toBeGreaterThan(0.9);
    expect(similarity.matchedFields).toEqual(['title', 'solution']);
  });

  it('combines the whole-entry and solution similarities', () => {
    expect(combineScore(0.3, 0.9)).toBeCloseTo(0.7);
    expect(combineScore(0.6, 0.7)).toBe(0.6);
    expect(combineScore(0, 0.1)).toBe(0);
  });
});
