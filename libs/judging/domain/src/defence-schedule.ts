import { Type, type Static } from 'typebox';
import { conflict, invalid, resultOf, type Problem, type Result } from './result.ts';
import { duplicatesOf } from './text.ts';
import { addDays, vietnamDateOf } from './vietnam-time.ts';

/** When an entry's authors defend their idea before the council in round 2. */
export const DefenceSlot = Type.Object(
  {
    entryId: Type.String(),
    startsAt: Type.String({ format: 'date-time' }),
    endsAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type DefenceSlot = Static<typeof DefenceSlot>;

/**
 * The first day a defence may take place when authors are told at `now`: the preparation period is counted in
 * whole calendar days in Viet Nam after the day they are told (told on 1/11 with 10 days: 2/11 to 11/11 to
 * prepare, defence from 12/11), so the authors get every day they were promised whatever the hour of the notice.
 */
export function earliestDefenceDate(preparationDays: number, now: Date): string {
  return addDays(vietnamDateOf(now), preparationDays + 1);
}

function slotProblems(
  slot: DefenceSlot,
  index: number,
  earliest: string,
  advanced: ReadonlySet<string>,
): Problem[] {
  const at = (key: string) => `slots.${index}.${key}`;
  const starts = Date.parse(slot.startsAt);
  const ends = Date.parse(slot.endsAt);
  const problems: Problem[] = [];
  if (!advanced.has(slot.entryId)) {
    problems.push(
      invalid(
        at('entryId'),
        'defence.entry.not_advanced',
        `Entry ${slot.entryId} did not advance to round 2.`,
        {
          messageVi: 'Bài dự thi này không vào vòng 2.',
          params: { entryId: slot.entryId },
        },
      ),
    );
  }
  if (Number.isNaN(starts) || Number.isNaN(ends)) {
    problems.push(
      invalid(
        at('startsAt'),
        'defence.slot.bad_instant',
        'The start and end must be instants with an offset.',
        {
          messageVi: 'Thời gian bắt đầu và kết thúc không hợp lệ.',
        },
      ),
    );
    return problems;
  }
  if (ends <= starts) {
    problems.push(
      invalid(at('endsAt'), 'defence.slot.ends_before_start', 'A defence must end after it starts.', {
        messageVi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
      }),
    );
  }
  if (vietnamDateOf(new Date(starts)) < earliest) {
    problems.push(
      conflict(
        at('startsAt'),
        'defence.slot.too_soon',
        `The authors must have their full preparation period: the defence may be on ${earliest} at the earliest.`,
        {
          messageVi: `Tác giả chưa đủ thời gian chuẩn bị: buổi bảo vệ sớm nhất vào ngày ${earliest.split('-').reverse().join('/')}.`,
          params: { earliest },
        },
      ),
    );
  }
  return problems;
}

function overlapProblems(slots: readonly DefenceSlot[]): Problem[] {
  // one council hears one defence at a time: sorted by start, each must end before the next begins
  const order = slots
    .map((slot, index) => ({ index, starts: Date.parse(slot.startsAt), ends: Date.parse(slot.endsAt) }))
    .filter((slot) => slot.ends > slot.starts)
    .sort((a, b) => a.starts - b.starts);
  const problems: Problem[] = [];
  let latest = order[0];
  for (const slot of order.slice(1)) {
    if (slot.starts < latest!.ends) {
      problems.push(
        conflict(
          `slots.${slot.index}`,
          'defence.slot.overlap',
          `This defence overlaps the one in slot ${latest!.index + 1}.`,
          {
            messageVi: `Buổi bảo vệ này trùng thời gian với buổi thứ ${latest!.index + 1}.`,
            params: { other: latest!.index },
          },
        ),
      );
    }
    if (slot.ends > latest!.ends) latest = slot;
  }
  return problems;
}

/**
 * Checks the oral-defence timetable: every advancing entry has exactly one slot, no other entry has one, each slot
 * ends after it starts, none starts before the authors' preparation period is over (see `earliestDefenceDate`),
 * and no two overlap (slots may touch). Returns the slots in order of time, their instants in UTC.
 */
export function scheduleDefence(
  slots: readonly DefenceSlot[],
  preparationDays: number,
  now: Date,
  advancedEntryIds: readonly string[],
): Result<DefenceSlot[]> {
  const earliest = earliestDefenceDate(preparationDays, now);
  const advanced = new Set(advancedEntryIds);
  const problems = slots.flatMap((slot, index) => slotProblems(slot, index, earliest, advanced));
  for (const index of duplicatesOf(slots, (slot) => slot.entryId)) {
    problems.push(
      invalid(
        `slots.${index}.entryId`,
        'defence.entry.duplicate',
        `Entry ${slots[index]!.entryId} has two slots.`,
        {
          messageVi: 'Một bài dự thi được xếp hai buổi bảo vệ.',
          params: { entryId: slots[index]!.entryId },
        },
      ),
    );
  }
  const scheduled = new Set(slots.map((slot) => slot.entryId));
  for (const entryId of advancedEntryIds.filter((id) => !scheduled.has(id))) {
    problems.push(
      invalid('slots', 'defence.entry.unscheduled', `Entry ${entryId} advanced but has no slot.`, {
        messageVi: 'Có bài dự thi vào vòng 2 chưa được xếp lịch bảo vệ.',
        params: { entryId },
      }),
    );
  }
  problems.push(...overlapProblems(slots));
  return resultOf(problems, () =>
    slots
      .map(({ entryId, startsAt, endsAt }) => ({
        entryId,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
      }))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
  );
}
