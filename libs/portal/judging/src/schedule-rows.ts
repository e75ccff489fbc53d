import type { DefenceSchedule, DefenceSlotInput } from '@cchc/portal-data-access';

/** Viet Nam has been UTC+7 all year since 1975, so a fixed offset converts exactly. */
const OFFSET_MS = 7 * 60 * 60_000;

/** One oral defence as the schedule editor holds it: Viet Nam calendar date and wall-clock times. */
export interface ScheduleRow {
  entryId: string;
  entryTitle: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  start: string;
  end: string;
  place: string;
  onlineLink: string;
}

/** A rule the editor checks before sending, on one field of one row (the service checks them all again). */
export interface ScheduleProblem {
  /** `slots.<row>.<field>`, as the service names them. */
  field: string;
  /** The portal's texts are `problems.<code>`; `too_soon` takes the earliest date as `earliest`. */
  code:
    | 'required'
    | 'judging.schedule.ends_before_start'
    | 'judging.schedule.too_soon'
    | 'judging.schedule.place_missing';
}

/** An instant's Viet Nam date and time. */
export function vietnamClock(instant: string): { date: string; time: string } {
  const parsed = Date.parse(instant);
  if (Number.isNaN(parsed)) return { date: '', time: '' };
  const text = new Date(parsed + OFFSET_MS).toISOString();
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** The instant of a Viet Nam date and time, with its offset, as the service takes it: `2025-11-12T08:00:00+07:00`. */
export function vietnamInstant(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}

/**
 * The editor's rows: the scheduled defences in order of time, then every advancing entry without one, to fill in.
 * Entries scheduled but no longer advancing are kept, so that the service names them rather than the page hiding them.
 */
export function scheduleRows(
  schedule: Pick<DefenceSchedule, 'slots'>,
  advancing: readonly { id: string; title: string }[],
): ScheduleRow[] {
  const scheduled = [...schedule.slots]
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((slot) => {
      const start = vietnamClock(slot.startsAt);
      return {
        entryId: slot.entryId,
        entryTitle: slot.entryTitle,
        date: start.date,
        start: start.time,
        end: vietnamClock(slot.endsAt).time,
        place: slot.place ?? '',
        onlineLink: slot.onlineLink ?? '',
      };
    });
  const done = new Set(scheduled.map((row) => row.entryId));
  const unscheduled = advancing
    .filter((entry) => !done.has(entry.id))
    .map((entry) => ({
      entryId: entry.id,
      entryTitle: entry.title,
      date: '',
      start: '',
      end: '',
      place: '',
      onlineLink: '',
    }));
  return [...scheduled, ...unscheduled];
}

/** What the editor finds wrong before sending: missing values, an end before the start, a day before `earliest`. */
export function scheduleProblems(rows: readonly ScheduleRow[], earliest: string): ScheduleProblem[] {
  return rows.flatMap((row, index) => {
    const at = (field: string) => `slots.${index}.${field}`;
    const problems: ScheduleProblem[] = [];
    if (!row.date) problems.push({ field: at('date'), code: 'required' });
    if (!row.start) problems.push({ field: at('startsAt'), code: 'required' });
    if (!row.end) problems.push({ field: at('endsAt'), code: 'required' });
    if (row.start && row.end && row.end <= row.start) {
      problems.push({ field: at('endsAt'), code: 'judging.schedule.ends_before_start' });
    }
    if (row.date && earliest && row.date < earliest) {
      problems.push({ field: at('date'), code: 'judging.schedule.too_soon' });
    }
    if (!row.place.trim() && !row.onlineLink.trim()) {
      problems.push({ field: at('place'), code: 'judging.schedule.place_missing' });
    }
    return problems;
  });
}

/** The slots sent, in the editor's order (the service's problems name them by that index). */
export function slotInputs(rows: readonly ScheduleRow[]): DefenceSlotInput[] {
  return rows.map((row) => ({
    entryId: row.entryId,
    startsAt: vietnamInstant(row.date, row.start),
    endsAt: vietnamInstant(row.date, row.end),
    ...(row.place.trim() ? { place: row.place.trim() } : {}),
    ...(row.onlineLink.trim() ? { onlineLink: row.onlineLink.trim() } : {}),
  }));
}
