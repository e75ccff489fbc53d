import { describe, expect, it } from 'vitest';
import {
  calendarDateText,
  fromVietnamLocalInput,
  toVietnamLocalInput,
  vietnamDate,
  vietnamTime,
} from './vietnam-time';

describe('Viet Nam time', () => {
  it('writes instants on the Viet Nam wall clock whatever their offset', () => {
    expect(vietnamTime('2022-09-15T10:00:00Z')).toEqual({ date: '15/09/2022', time: '17:00' });
    expect(vietnamTime('2022-09-16T00:30:00+07:00')).toEqual({ date: '16/09/2022', time: '00:30' });
    expect(vietnamTime('2021-12-31T17:05:00Z')).toEqual({ date: '01/01/2022', time: '00:05' });
  });

  it('writes a deadline at midnight as 24:00 of the day that ends, an opening as 00:00', () => {
    expect(vietnamTime('2022-09-15T17:00:00Z', 'end')).toEqual({ date: '15/09/2022', time: '24:00' });
    expect(vietnamTime('2022-09-15T17:00:00Z', 'start')).toEqual({ date: '16/09/2022', time: '00:00' });
    expect(vietnamTime('2022-09-15T17:00:01Z', 'end')).toEqual({ date: '16/09/2022', time: '00:00' });
  });

  it('gives the Viet Nam calendar date, which starts seven hours before UTC’s', () => {
    expect(vietnamDate(Date.parse('2024-02-28T16:59:59Z'))).toBe('2024-02-28');
    expect(vietnamDate(Date.parse('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });

  it('converts datetime-local values both ways as Viet Nam time', () => {
    expect(toVietnamLocalInput('2022-09-15T17:00:00.000Z')).toBe('2022-09-16T00:00');
    expect(toVietnamLocalInput('not a time')).toBe('');
    expect(fromVietnamLocalInput('2022-09-16T00:00')).toBe('2022-09-15T17:00:00.000Z');
    expect(fromVietnamLocalInput(toVietnamLocalInput('2022-08-16T01:23:00Z'))).toBe(
      '2022-08-16T01:23:00.000Z',
    );
  });

  it('refuses values that are empty or not in the calendar', () => {
    expect(fromVietnamLocalInput('')).toBeNull();
    expect(fromVietnamLocalInput('2023-02-29T10:00')).toBeNull();
    expect(fromVietnamLocalInput('2023-02-01T24:00')).toBeNull();
    expect(fromVietnamLocalInput('2023-02-01')).toBeNull();
  });
});

describe('calendarDateText', () => {
  it('writes a date as Vietnamese documents do', () => {
    expect(calendarDateText('2021-09-30')).toBe('30/09/2021');
    expect(calendarDateText('')).toBe('');
  });
});
