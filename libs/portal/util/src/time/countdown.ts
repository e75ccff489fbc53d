/** What is left until a deadline, in whole units. */
export interface Countdown {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * The time left from `now` (ms since the epoch) until `deadline`, rounded down to whole seconds. At the deadline
 * itself it has passed, since a window's end is the first instant at which it is closed.
 */
export function countdownTo(deadline: string, now: number): Countdown {
  const left = Math.floor((Date.parse(deadline) - now) / 1000);
  if (!(left > 0)) return { passed: true, days: 0, hours: 0, minutes: 0, seconds: 0 };
  return {
    passed: false,
    days: Math.floor(left / 86_400),
    hours: Math.floor((left % 86_400) / 3600),
    minutes: Math.floor((left % 3600) / 60),
    seconds: left % 60,
  };
}

/** The translation key of a countdown: days and hours while far away, down to seconds in the last day. */
export function countdownKey(
  countdown: Countdown,
): 'countdown.passed' | 'countdown.days' | 'countdown.hours' {
  if (countdown.passed) return 'countdown.passed';
  return countdown.days > 0 ? 'countdown.days' : 'countdown.hours';
}
