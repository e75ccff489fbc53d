/**
 * Contests run on Viet Nam time (Asia/Ho_Chi_Minh), which has been UTC+7 all year, without daylight saving time,
 * since 1975; a fixed offset therefore converts exactly, whatever the browser's own time zone is.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const OFFSET_MS = 7 * 60 * 60_000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The instant shifted so that its UTC fields read Viet Nam's wall clock. */
function wallClock(instant: string | number): Date {
  return new Date((typeof instant === 'number' ? instant : Date.parse(instant)) + OFFSET_MS);
}

/**
 * An instant as plans and notices write it, `date` as dd/MM/yyyy and `time` as HH:mm in Viet Nam. A deadline
 * (`role` end) at midnight reads 24:00 of the day that ends, as "until the end of 15/09" is meant.
 */
export function vietnamTime(
  instant: string,
  role: 'start' | 'end' = 'start',
): { date: string; time: string } {
  let clock = wallClock(instant);
  let time = `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`;
  const midnight = clock.getUTCHours() === 0 && clock.getUTCMinutes() === 0 && clock.getUTCSeconds() === 0;
  if (role === 'end' && midnight) {
    clock = new Date(clock.getTime() - 1000);
    time = '24:00';
  }
  const date = `${pad(clock.getUTCDate())}/${pad(clock.getUTCMonth() + 1)}/${pad(clock.getUTCFullYear(), 4)}`;
  return { date, time };
}

/** The Viet Nam calendar date of an instant (ms since the epoch), `YYYY-MM-DD`, e.g. today's for date limits. */
export function vietnamDate(instant: number): string {
  const clock = wallClock(instant);
  return `${pad(clock.getUTCFullYear(), 4)}-${pad(clock.getUTCMonth() + 1)}-${pad(clock.getUTCDate())}`;
}

/** The value of an `<input type="datetime-local">` showing the instant in Viet Nam, `YYYY-MM-DDTHH:mm`. */
export function toVietnamLocalInput(instant: string): string {
  if (Number.isNaN(Date.parse(instant))) return '';
  return wallClock(instant).toISOString().slice(0, 16);
}

/**
 * The instant (ISO, UTC) that an `<input type="datetime-local">` value means when read as Viet Nam time; null for a
 * value that is empty or not a time of the calendar.
 */
export function fromVietnamLocalInput(local: string): string | null {
  const match = LOCAL_INPUT.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return new Date(utc - OFFSET_MS).toISOString();
}

/** A calendar date `YYYY-MM-DD` as Vietnamese documents write it, dd/MM/yyyy; anything else as it is. */
export function calendarDateText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}
