import type { NoveltyReport } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { matchedField, noveltyPresentation } from './novelty-rows';

const report: NoveltyReport = {
  entryId: 'e1',
  checkedAt: '2025-09-20T03:00:00.000Z',
  threshold: 0.8,
  matches: [
    {
      restricted: false,
      entryId: 'e9',
      provinceCode: 'CB',
      year: 2024,
      title: 'Trả kết quả thủ tục hành chính qua Zalo',
      score: 0.914,
      matchedFields: ['title', 'solution', 'fingerprint'],
      sameProvince: true,
      published: false,
    },
    { restricted: true, provinceCode: 'HG', year: 2023, title: 'Một cửa qua Zalo', score: 0.8 },
    {
      restricted: false,
      entryId: 'e7',
      provinceCode: 'TQ',
      year: 2022,
      title: 'Số hóa hồ sơ',
      score: 0.7999,
      matchedFields: ['benefits'],
      sameProvince: false,
      published: true,
    },
  ],
};

describe('noveltyPresentation', () => {
  const shown = noveltyPresentation(report);

  it('shows a full match with its parts, chips and score as a whole percentage', () => {
    expect(shown.rows[0]).toEqual({
      restricted: false,
      entryId: 'e9',
      provinceCode: 'CB',
      year: 2024,
      title: 'Trả kết quả thủ tục hành chính qua Zalo',
      percent: 91,
      looksLikeCopy: true,
      matchedFields: [
        { key: 'entry.fields.title' },
        { key: 'entry.sections.solution' },
        { text: 'fingerprint' },
      ],
      sameProvince: true,
      published: false,
    });
  });

  it('keeps of a restricted match only its province, year, title and score', () => {
    expect(shown.rows[1]).toEqual({
      restricted: true,
      entryId: null,
      provinceCode: 'HG',
      year: 2023,
      title: 'Một cửa qua Zalo',
      percent: 80,
      looksLikeCopy: true,
      matchedFields: [],
      sameProvince: false,
      published: false,
    });
  });

  it('flags matches at or above the threshold, by the exact score rather than the rounded one', () => {
    expect(shown.rows.map((row) => [row.percent, row.looksLikeCopy])).toEqual([
      [91, true],
      [80, true],
      [80, false],
    ]);
    expect(shown).toMatchObject({ thresholdPercent: 80, flagged: 2 });
  });

  it('keeps scores outside 0..1 on the bar and says nothing for no matches', () => {
    const odd = noveltyPresentation({
      ...report,
      matches: [{ restricted: true, provinceCode: 'CB', year: 2020, title: 'x', score: 1.2 }],
    });
    expect(odd.rows[0]!.percent).toBe(100);
    expect(noveltyPresentation({ ...report, matches: [] })).toEqual({
      thresholdPercent: 80,
      flagged: 0,
      rows: [],
    });
  });
});

describe('matchedField', () => {
  it('names the sections of the application form and the title', () => {
    expect(matchedField('currentSituation')).toEqual({ key: 'entry.sections.currentSituation' });
    expect(matchedField('situation')).toEqual({ key: 'entry.sections.currentSituation' });
    expect(matchedField('benefits')).toEqual({ key: 'entry.sections.benefits' });
    expect(matchedField('title')).toEqual({ key: 'entry.fields.title' });
    expect(matchedField('authors')).toEqual({ text: 'authors' });
    expect(matchedField('toString')).toEqual({ text: 'toString' });
  });
});
