/**
 * Contests are defined in Asia/Ho_Chi_Minh. Viet Nam has kept UTC+7 all year, with no daylight saving time, since
 * 13 June 1975, so a fixed offset converts exactly for every date this platform handles and no time-zone database is
 * needed. Instants before that date are not expected here (contests start in the 2010s).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A wall-clock reading in Viet Nam. */
export interface VietnamLocal {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `year-month-day` is a day of the Gregorian calendar (so 2023-02-29 is not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `text` is a `YYYY-MM-DD` date that exists in the calendar. */
export function isLocalDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Turns a Viet Nam wall-clock time (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`) into an ISO instant in
 * UTC. `24:00` is accepted and means the end of that day, as plans write "đến hết ngày". Throws RangeError on text
 * that is not such a time: callers pass values a schema has already checked.
 */
export function vietnamLocalToInstant(local: string): string {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${JSON.stringify(local)}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const endOfDay = hour === 24 && minute === 0 && second === 0;
  if (!isCalendarDate(year, month, day) || (hour > 23 && !endOfDay) || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid local date-time: ${JSON.stringify(local)}`);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS).toISOString();
}

/** Reads an instant on a Viet Nam wall clock. */
export function instantToVietnamLocal(instant: Date | string): VietnamLocal {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${JSON.stringify(instant)}`);
  const shifted = new Date(ms + OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  return {
    year,
    month,
    day,
    hour,
    minute,
    second: shifted.getUTCSeconds(),
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

/** The Viet Nam calendar date (`YYYY-MM-DD`) of an instant. */
export function vietnamDateOf(instant: Date | string): string {
  return instantToVietnamLocal(instant).date;
}

/** The instant a Viet Nam calendar day ends (midnight starting the next day), for deadlines "until the end of". */
export function endOfVietnamDay(date: string): string {
  return vietnamLocalToInstant(`${date}T24:00`);
}

/**
 * Formats an instant as plans and notices write it: `17:00 ngày 15/09/2022` and `17:00 on 15/09/2022`. When the
 * instant ends something (a deadline), midnight is written as 24:00 of the day before, because a deadline at 00:00
 * on the 16th is read as "the end of the 15th"; an opening at midnight stays 00:00.
 */
export function formatVietnamTime(
  instant: Date | string,
  role: 'start' | 'end' = 'start',
): { vi: string; en: string } {
  let local = instantToVietnamLocal(instant);
  let time = local.time;
  if (role === 'end' && local.hour === 0 && local.minute === 0 && local.second === 0) {
    const ms = (typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) - 1000;
    local = instantToVietnamLocal(new Date(ms));
    time = '24:00';
  }
  const date = `${pad(local.day)}/${pad(local.month)}/${pad(local.year, 4)}`;
  return { vi: `${time} ngày ${date}`, en: `${time} on ${date}` };
}

/**
 * Moves an instant by whole years on the Viet Nam calendar, keeping its wall-clock time; 29 February becomes
 * 28 February in a year without it.
 */
export function shiftInstantByYears(instant: string, years: number): string {
  const local = instantToVietnamLocal(instant);
  const year = local.year + years;
  const day = Math.min(local.day, daysInMonth(year, local.month));
  return vietnamLocalToInstant(
    `${pad(year, 4)}-${pad(local.month)}-${pad(day)}T${local.time}:${pad(local.second)}`,
  );
}

/** Moves a `YYYY-MM-DD` date by whole years; 29 February becomes 28 February in a year without it. */
export function shiftDateByYears(date: string, years: number): string {
  const match = DATE.exec(date);
  if (!match || !isLocalDate(date)) throw new RangeError(`Not a date: ${JSON.stringify(date)}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
