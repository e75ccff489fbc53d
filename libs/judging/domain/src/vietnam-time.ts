/*
 * Viet Nam has kept UTC+7 all year, with no daylight saving, since 1975, so local dates are found with a fixed
 * offset and no time-zone library.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date (`YYYY-MM-DD`) in Viet Nam at an instant. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (not 2021-02-30). */
export function isLocalDate(text: string): boolean {
  // Date.parse rolls 2021-02-30 over to 2021-03-02 rather than refusing it, hence the round trip
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && addDays(text, 0) === text;
}
