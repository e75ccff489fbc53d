import { describe, expect, it } from 'vitest';
import {
  aggregationLabel,
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

describe('formatScore', () => {
  it('prints two decimals with a decimal comma, half away from zero on the decimal value', () => {
    expect(formatScore(87.335)).toBe('87,34');
    expect(formatScore(87.334)).toBe('87,33');
    expect(formatScore(80)).toBe('80,00');
    expect(formatScore(1234.5)).toBe('1.234,50');
  });

  it('prints no minus sign for a value that rounds to zero', () => {
    expect(formatScore(-0.001)).toBe('0,00');
    expect(formatScore(-1.005)).toBe('-1,01');
  });
});

describe('numbers and dates', () => {
  it('writes maxima and weights the Vietnamese way', () => {
    expect(formatNumber(20)).toBe('20');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatWeight(0.25)).toBe('25%');
    expect(formatWeight(0.125)).toBe('12,5%');
  });

  it('prints an instant in Viet Nam time, which is UTC+7 all year', () => {
    expect(formatVietnamDateTime('2026-03-04T18:30:00Z')).toBe('05/03/2026 01:30');
    expect(formatVietnamDateTime('2026-07-01T08:05:00+02:00')).toBe('01/07/2026 13:05');
    expect(() => formatVietnamDateTime('yesterday')).toThrow(RangeError);
  });

  it('turns a calendar date around', () => {
    expect(formatDate('2026-02-03')).toBe('03/02/2026');
    expect(() => formatDate('3/2/2026')).toThrow(RangeError);
  });

  it('pads days below 10 and months 1 and 2 only, as Decree 30/2020 asks', () => {
    expect(placeDateLine('Cao Bằng', '2026-01-31T17:00:00Z')).toBe('Cao Bằng, ngày 01 tháng 02 năm 2026');
    expect(placeDateLine('Cao Bằng', '2026-03-04T18:30:00Z')).toBe('Cao Bằng, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('Huế', '2026-11-20T03:00:00Z')).toBe('Huế, ngày 20 tháng 11 năm 2026');
  });
});

describe('names', () => {
  it('says whether the place is a province or a centrally-run city', () => {
    expect(provinceWithLevel('Cao Bằng')).toBe('Tỉnh Cao Bằng');
    expect(provinceWithLevel('Hà Nội')).toBe('Thành phố Hà Nội');
    expect(provinceWithLevel('hồ chí minh')).toBe('Thành phố hồ chí minh');
    expect(provinceWithLevel('Thành phố Huế')).toBe('Thành phố Huế');
    expect(provinceWithLevel('Tỉnh Lào Cai')).toBe('Tỉnh Lào Cai');
    expect(upperVi(provinceWithLevel('Đắk Lắk'))).toBe('TỈNH ĐẮK LẮK');
  });

  it('names roles, methods and rounds in Vietnamese', () => {
    expect(['chair', 'vice-chair', 'secretary', 'member'].map((r) => roleLabel(r as 'chair'))).toEqual([
      'Chủ tịch',
      'Phó Chủ tịch',
      'Thư ký',
      'Ủy viên',
    ]);
    expect(aggregationLabel('mean')).toBe('trung bình cộng');
    expect(aggregationLabel('trimmed-mean')).toBe('trung bình sau khi bỏ điểm cao nhất và thấp nhất');
    expect(aggregationLabel('median')).toBe('trung vị');
    expect(roundLabel(1, 'written')).toBe('Vòng 1: chấm hồ sơ');
    expect(roundLabel(2, 'oral-defence')).toBe('Vòng 2: bảo vệ trực tiếp');
  });
});
