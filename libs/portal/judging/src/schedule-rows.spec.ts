import { describe, expect, it } from 'vitest';
import {
  scheduleProblems,
  scheduleRows,
  slotInputs,
  vietnamClock,
  vietnamInstant,
  type ScheduleRow,
} from './schedule-rows';

describe('Viet Nam times of a defence', () => {
  it('reads an instant on the Viet Nam clock and writes one with its offset', () => {
    expect(vietnamClock('2025-11-12T01:00:00.000Z')).toEqual({ date: '2025-11-12', time: '08:00' });
    expect(vietnamClock('2025-11-11T18:30:00Z')).toEqual({ date: '2025-11-12', time: '01:30' });
    expect(vietnamInstant('2025-11-12', '08:00')).toBe('2025-11-12T08:00:00+07:00');
    expect(Date.parse(vietnamInstant('2025-11-12', '08:00'))).toBe(Date.parse('2025-11-12T01:00:00Z'));
  });
});

describe('scheduleRows', () => {
  it('lists scheduled defences by time, then the advancing entries still to schedule', () => {
    const rows = scheduleRows(
      {
        slots: [
          {
            entryId: 'b',
            entryTitle: 'B',
            startsAt: '2025-11-12T03:00:00Z',
            endsAt: '2025-11-12T03:30:00Z',
            place: null,
            onlineLink: 'https://meet.example/b',
          },
          {
            entryId: 'a',
            entryTitle: 'A',
            startsAt: '2025-11-12T01:00:00Z',
            endsAt: '2025-11-12T01:45:00Z',
            place: 'Hội trường tầng 3',
            onlineLink: null,
          },
        ],
      },
      [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
      ],
    );
    expect(rows.map((row) => [row.entryId, row.date, row.start, row.end, row.place, row.onlineLink])).toEqual(
      [
        ['a', '2025-11-12', '08:00', '08:45', 'Hội trường tầng 3', ''],
        ['b', '2025-11-12', '10:00', '10:30', '', 'https://meet.example/b'],
        ['c', '', '', '', '', ''],
      ],
    );
  });
});

describe('schedule checks and input', () => {
  const row = (changes: Partial<ScheduleRow>): ScheduleRow => ({
    entryId: 'a',
    entryTitle: 'A',
    date: '2025-11-12',
    start: '08:00',
    end: '08:45',
    place: 'Hội trường',
    onlineLink: '',
    ...changes,
  });

  it('finds missing values, an end not after the start, a day too soon and no place', () => {
    expect(scheduleProblems([row({})], '2025-11-12')).toEqual([]);
    expect(
      scheduleProblems(
        [row({ date: '', start: '' }), row({ end: '08:00', date: '2025-11-11', place: ' ' })],
        '2025-11-12',
      ),
    ).toEqual([
      { field: 'slots.0.date', code: 'required' },
      { field: 'slots.0.startsAt', code: 'required' },
      { field: 'slots.1.endsAt', code: 'judging.schedule.ends_before_start' },
      { field: 'slots.1.date', code: 'judging.schedule.too_soon' },
      { field: 'slots.1.place', code: 'judging.schedule.place_missing' },
    ]);
  });

  it('sends each slot with Viet Nam offsets and only the place or link given', () => {
    expect(slotInputs([row({ place: ' Hội trường ', onlineLink: '' })])).toEqual([
      {
        entryId: 'a',
        startsAt: '2025-11-12T08:00:00+07:00',
        endsAt: '2025-11-12T08:45:00+07:00',
        place: 'Hội trường',
      },
    ]);
  });
});
