import { describe, expect, it } from 'vitest';
import { countdownKey, countdownTo } from './countdown';

const deadline = '2022-09-15T17:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('countdownTo', () => {
  it('splits the time left into days, hours, minutes and seconds', () => {
    expect(countdownTo(deadline, at('2022-09-13T15:58:59.400Z'))).toEqual({
      passed: false,
      days: 2,
      hours: 1,
      minutes: 1,
      seconds: 0,
    });
  });

  it('has passed at the deadline and after it, and for a deadline it cannot read', () => {
    expect(countdownTo(deadline, at(deadline)).passed).toBe(true);
    expect(countdownTo(deadline, at('2022-09-15T17:00:00.999Z')).passed).toBe(true);
    expect(countdownTo(deadline, at('2023-01-01T00:00:00Z'))).toEqual({
      passed: true,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
    });
    expect(countdownTo('soon', 0).passed).toBe(true);
  });

  it('shows seconds only in the last day', () => {
    expect(countdownKey(countdownTo(deadline, at('2022-09-14T16:59:59Z')))).toBe('countdown.days');
    expect(countdownKey(countdownTo(deadline, at('2022-09-14T17:00:01Z')))).toBe('countdown.hours');
    expect(countdownKey(countdownTo(deadline, at('2022-09-16T00:00:00Z')))).toBe('countdown.passed');
  });
});
