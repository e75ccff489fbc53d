import { describe, expect, it } from 'vitest';
import { fieldLabel, periodLabel } from './contest-labels';

const fields = [
  { key: 'e-government', labelVi: 'Chính quyền số', labelEn: 'Digital government' },
  { key: 'own', labelVi: 'Lĩnh vực riêng', labelEn: ' ' },
];

describe('fieldLabel', () => {
  it('names a field in the reader’s language, in Vietnamese when it has no English name', () => {
    expect(fieldLabel(fields, 'e-government', 'vi')).toBe('Chính quyền số');
    expect(fieldLabel(fields, 'e-government', 'en')).toBe('Digital government');
    expect(fieldLabel(fields, 'own', 'en')).toBe('Lĩnh vực riêng');
  });

  it('shows the key of a field the contest does not have', () => {
    expect(fieldLabel(fields, 'gone', 'vi')).toBe('gone');
  });
});

describe('periodLabel', () => {
  it('writes one year alone and a period with a dash', () => {
    expect(periodLabel({ startYear: 2022, endYear: 2022 })).toBe('2022');
    expect(periodLabel({ startYear: 2021, endYear: 2025 })).toBe('2021–2025');
  });
});
