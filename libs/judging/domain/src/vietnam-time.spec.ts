import { describe, expect, it } from 'vitest';
import { addDays, isLocalDate, vietnamDateOf } from './vietnam-time.ts';

describe('Viet Nam dates', () => {
  it('gives the local date at an instant, seven hours ahead of UTC', () => {
    expect(vietnamDateOf(new Date('2022-09-15T16:59:59Z'))).toBe('2022-09-15');
    expect(vietnamDateOf(new Date('2022-09-15T17:00:00Z'))).toBe('2022-09-16');
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-10-25', 10)).toBe('2022-11-04');
  });

  it('accepts calendar dates only', () => {
    expect(['2024-02-29', '2021-12-31'].every(isLocalDate)).toBe(true);
    expect(['2021-02-29', '2021-02-30', '2021-13-01', '21-01-01', ''].some(isLocalDate)).toBe(false);
  });
});
