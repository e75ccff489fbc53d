import { describe, expect, it } from 'vitest';
import { earliestDefenceDate, scheduleDefence } from './defence-schedule.ts';
import type { Result } from './result.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

// told at 15:00 on 1/10/2022 in Viet Nam; Hậu Giang gives 10 days to prepare
const now = new Date('2022-10-01T08:00:00Z');
const slot = (entryId: string, startsAt: string, endsAt: string) => ({ entryId, startsAt, endsAt });

describe('the oral-defence timetable', () => {
  it('counts the preparation days as whole Viet Nam days after the day of the notice', () => {
    expect(earliestDefenceDate(10, now)).toBe('2022-10-12');
    // 00:30 on 1/10 in Viet Nam is still 30/9 in UTC
    expect(earliestDefenceDate(10, new Date('2022-09-30T17:30:00Z'))).toBe('2022-10-12');
    expect(earliestDefenceDate(10, new Date('2022-10-01T16:59:00Z'))).toBe('2022-10-12');
  });

  it('accepts a timetable of touching slots and returns it in order of time, in UTC', () => {
    const slots = [
      slot('b', '2022-10-12T08:30:00+07:00', '2022-10-12T09:00:00+07:00'),
      slot('a', '2022-10-12T08:00:00+07:00', '2022-10-12T08:30:00+07:00'),
    ];
    expect(scheduleDefence(slots, 10, now, ['a', 'b'])).toEqual({
      ok: true,
      value: [
        slot('a', '2022-10-12T01:00:00.000Z', '2022-10-12T01:30:00.000Z'),
        slot('b', '2022-10-12T01:30:00.000Z', '2022-10-12T02:00:00.000Z'),
      ],
    });
  });

  it('refuses a slot before the preparation period is over', () => {
    const slots = [slot('a', '2022-10-11T23:30:00+07:00', '2022-10-12T00:30:00+07:00')];
    expect(problemsOf(scheduleDefence(slots, 10, now, ['a']))).toEqual([
      { field: 'slots.0.startsAt', code: 'defence.slot.too_soon' },
    ]);
  });

  it('refuses overlapping slots, also one inside a longer one', () => {
    const slots = [
      slot('a', '2022-10-12T08:00:00+07:00', '2022-10-12T10:00:00+07:00'),
      slot('b', '2022-10-12T08:30:00+07:00', '2022-10-12T09:00:00+07:00'),
      slot('c', '2022-10-12T09:30:00+07:00', '2022-10-12T10:30:00+07:00'),
    ];
    expect(problemsOf(scheduleDefence(slots, 10, now, ['a', 'b', 'c']))).toEqual([
      { field: 'slots.1', code: 'defence.slot.overlap' },
      { field: 'slots.2', code: 'defence.slot.overlap' },
    ]);
  });

  it('refuses a slot that does not end after it starts, and instants it cannot read', () => {
    const slots = [
      slot('a', '2022-10-12T09:00:00+07:00', '2022-10-12T09:00:00+07:00'),
      slot('b', 'next tuesday', '2022-10-12T09:00:00+07:00'),
    ];
    expect(problemsOf(scheduleDefence(slots, 10, now, ['a', 'b']))).toEqual([
      { field: 'slots.0.endsAt', code: 'defence.slot.ends_before_start' },
      { field: 'slots.1.startsAt', code: 'defence.slot.bad_instant' },
    ]);
  });

  it('requires one slot for each advancing entry and none for others', () => {
    const slots = [
      slot('a', '2022-10-12T08:00:00+07:00', '2022-10-12T08:30:00+07:00'),
      slot('a', '2022-10-12T09:00:00+07:00', '2022-10-12T09:30:00+07:00'),
      slot('x', '2022-10-12T10:00:00+07:00', '2022-10-12T10:30:00+07:00'),
    ];
    expect(problemsOf(scheduleDefence(slots, 10, now, ['a', 'b']))).toEqual([
      { field: 'slots.2.entryId', code: 'defence.entry.not_advanced' },
      { field: 'slots.1.entryId', code: 'defence.entry.duplicate' },
      { field: 'slots', code: 'defence.entry.unscheduled' },
    ]);
  });
});
