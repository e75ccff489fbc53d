import { describe, expect, it } from 'vitest';
import type { NoveltyMatch } from './find-similar.ts';
import { visibleMatch } from './visibility.ts';

const match: NoveltyMatch = {
  entryId: '6f1c2a4e-8d7b-4c3a-9e1f-2b3c4d5e6f70',
  provinceCode: 'CB',
  year: 2023,
  title: 'Ứng dụng mã QR trong thủ tục đăng ký khai sinh',
  score: 0.82,
  matchedFields: ['title', 'solution'],
  sameProvince: false,
  published: false,
  restricted: true,
};

describe('visibleMatch', () => {
  it("reduces another province's unpublished entry to province, year, title and score", () => {
    expect(visibleMatch(match)).toEqual({
      restricted: true,
      provinceCode: 'CB',
      year: 2023,
      title: 'Ứng dụng mã QR trong thủ tục đăng ký khai sinh',
      score: 0.82,
    });
  });

  it('shows the whole match of a published or own entry', () => {
    const published = { ...match, published: true, restricted: false };
    expect(visibleMatch(published)).toBe(published);
  });
});
