import { describe, expect, it } from 'vitest';
import {
  endOfVietnamDay,
  formatVietnamTime,
  instantToVietnamLocal,
  isLocalDate,
  shiftDateByYears,
  shiftInstantByYears,
  vietnamDateOf,
  vietnamLocalToInstant,
} from './vietnam-time.ts';

describe('Viet Nam local time (UTC+7, no daylight saving)', () => {
  it('turns a local time into the instant seven hours earlier in UTC', () => {
    expect(vietnamLocalToInstant('2022-09-15T17:00')).toBe('2022-09-15T10:00:00.000Z');
    expect(vietnamLocalToInstant('2022-09-15T17:00:30')).toBe('2022-09-15T10:00:30.000Z');
  });

  it('puts a local morning before 07:00 on the previous UTC day', () => {
    expect(vietnamLocalToInstant('2022-09-16T06:30')).toBe('2022-09-15T23:30:00.000Z');
    expect(vietnamLocalToInstant('2022-01-01T00:00')).toBe('2021-12-31T17:00:00.000Z');
  });

  it('reads a date alone as the start of that local day', () => {
    expect(vietnamLocalToInstant('2022-08-16')).toBe('2022-08-15T17:00:00.000Z');
  });

  it('reads 24:00 as the end of the day, the next midnight', () => {
    expect(vietnamLocalToInstant('2022-09-15T24:00')).toBe('2022-09-15T17:00:00.000Z');
    expect(endOfVietnamDay('2021-10-31')).toBe('2021-10-31T17:00:00.000Z');
    expect(endOfVietnamDay('2021-12-31')).toBe('2021-12-31T17:00:00.000Z');
  });

  it('refuses text that is not a local date-time or not in the calendar', () => {
    expect(() => vietnamLocalToInstant('15/09/2022')).toThrow(RangeError);
    expect(() => vietnamLocalToInstant('2022-02-29T10:00')).toThrow(RangeError);
    expect(() => vietnamLocalToInstant('2022-09-15T24:01')).toThrow(RangeError);
    expect(() => vietnamLocalToInstant('2022-09-15T12:60')).toThrow(RangeError);
  });

  it('reads a UTC instant late in the day as the next local day', () => {
    const local = instantToVietnamLocal('2022-09-15T17:00:00Z');
    expect([local.date, local.time]).toEqual(['2022-09-16', '00:00']);
    expect(vietnamDateOf(new Date('2022-12-31T16:59:59Z'))).toBe('2022-12-31');
    expect(vietnamDateOf(new Date('2022-12-31T17:00:00Z'))).toBe('2023-01-01');
  });

  it('reads instants written with any offset', () => {
    expect(instantToVietnamLocal('2022-09-15T12:00:00+02:00').time).toBe('17:00');
  });

  it('round-trips a local time through an instant', () => {
    const instant = vietnamLocalToInstant('2024-02-29T23:45');
    expect(instantToVietnamLocal(instant)).toMatchObject({ date: '2024-02-29', time: '23:45' });
  });

  it('formats a time as notices write it, in Vietnamese and English', () => {
    expect(formatVietnamTime('2022-09-15T10:00:00Z')).toEqual({
      vi: '17:00 ngày 15/09/2022',
      en: '17:00 on 15/09/2022',
    });
  });

  it('writes a midnight deadline as 24:00 of the day that ends, and a midnight opening as 00:00', () => {
    expect(formatVietnamTime(endOfVietnamDay('2022-09-15'), 'end').vi).toBe('24:00 ngày 15/09/2022');
    expect(formatVietnamTime(endOfVietnamDay('2022-09-15'), 'start').vi).toBe('00:00 ngày 16/09/2022');
    expect(formatVietnamTime('2022-09-15T10:00:00Z', 'end').en).toBe('17:00 on 15/09/2022');
  });

  it('knows which dates exist', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('2023-1-01')).toBe(false);
  });

  it('shifts dates and instants by whole years, 29 February becoming 28', () => {
    expect(shiftDateByYears('2021-09-30', 1)).toBe('2022-09-30');
    expect(shiftDateByYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftInstantByYears('2021-10-31T17:00:00.000Z', 1)).toBe('2022-10-31T17:00:00.000Z');
    // local 2024-02-29 08:00 is 2024-02-29T01:00Z; a year on it is local 2025-02-28 08:00
    expect(shiftInstantByYears('2024-02-29T01:00:00.000Z', 1)).toBe('2025-02-28T01:00:00.000Z');
  });
});
