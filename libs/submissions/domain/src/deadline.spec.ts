import { describe, expect, it } from 'vitest';
import { canSubmit, canWithdraw, describeInstant } from './deadline.ts';
import { sampleContest } from './testing/samples.ts';
import { vietnamLocalToInstant } from './vietnam-time.ts';

// Hậu Giang 2022: entries from 16/8 until the end of 15/9/2022, Viet Nam time
const contest = sampleContest({ status: 'open' });
const opensAt = new Date('2022-08-15T17:00:00.000Z');
const closesAt = new Date('2022-09-15T17:00:00.000Z');
const ms = (date: Date, offset: number) => new Date(date.getTime() + offset);

describe('submission window', () => {
  it('is stored as the instants of local midnight on 16/08 and at the end of 15/09', () => {
    expect(contest.submissionWindow).toEqual({
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
    });
  });

  it('accepts a submission at the exact opening instant', () => {
    expect(canSubmit(contest, opensAt).ok).toBe(true);
  });

  it('refuses one a millisecond before it opens, saying when it opens', () => {
    const result = canSubmit(contest, ms(opensAt, -1));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'submissionWindow.opensAt',
          code: 'submission.window_not_yet_open',
          kind: 'conflict',
          message: 'Submissions open at 00:00 on 16/08/2022 (Viet Nam time, UTC+7).',
          messageVi: 'Cuộc thi bắt đầu nhận bài dự thi từ 00:00 ngày 16/08/2022 (giờ Việt Nam).',
          params: { opensAt: '2022-08-15T17:00:00.000Z', opensAtLocal: '2022-08-16T00:00' },
        },
      ],
    });
  });

  it('accepts a submission a millisecond before the deadline (23:59:59.999 on 15/09 in Viet Nam)', () => {
    expect(canSubmit(contest, ms(closesAt, -1)).ok).toBe(true);
  });

  it('refuses one at the exact deadline instant, naming the deadline in both languages and as an instant', () => {
    const result = canSubmit(contest, closesAt);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toEqual({
      field: 'submissionWindow.closesAt',
      code: 'submission.deadline_passed',
      kind: 'conflict',
      message:
        'The submission deadline passed at 24:00 on 15/09/2022 (Viet Nam time, UTC+7; 2022-09-15T17:00:00.000Z).',
      messageVi: 'Hạn nộp đã kết thúc lúc 24:00 ngày 15/09/2022 (giờ Việt Nam).',
      params: { deadline: '2022-09-15T17:00:00.000Z', deadlineLocal: '2022-09-16T00:00' },
    });
  });

  it('names a 17:00 deadline as 17:00 of that day', () => {
    const fivePm = sampleContest({
      submissionWindow: { ...contest.submissionWindow, closesAt: vietnamLocalToInstant('2022-09-15T17:00') },
    });
    const result = canSubmit(fivePm, new Date('2022-09-15T10:00:00.000Z'));
    expect(!result.ok && result.problems[0]!.messageVi).toBe(
      'Hạn nộp đã kết thúc lúc 17:00 ngày 15/09/2022 (giờ Việt Nam).',
    );
    expect(!result.ok && result.problems[0]!.params).toEqual({
      deadline: '2022-09-15T10:00:00.000Z',
      deadlineLocal: '2022-09-15T17:00',
    });
    expect(canSubmit(fivePm, new Date('2022-09-15T09:59:59.999Z')).ok).toBe(true);
  });

  it('refuses a submission when the contest is not open, even inside the window', () => {
    for (const status of ['draft', 'closed', 'judging'] as const) {
      const result = canSubmit(sampleContest({ status }), new Date('2022-09-01T00:00:00Z'));
      expect(!result.ok && result.problems.map((problem) => problem.code)).toEqual([
        'submission.contest_not_open',
      ]);
    }
  });

  it('explains a closed contest after its deadline by the deadline', () => {
    const result = canSubmit(sampleContest({ status: 'closed' }), ms(closesAt, 60_000));
    expect(!result.ok && result.problems[0]!.code).toBe('submission.deadline_passed');
  });

  it('answers the deadline on success, for the confirmation', () => {
    expect(canSubmit(contest, new Date('2022-09-01T00:00:00Z'))).toEqual({
      ok: true,
      value: {
        instant: '2022-09-15T17:00:00.000Z',
        vi: '24:00 ngày 15/09/2022 (giờ Việt Nam)',
        en: '24:00 on 15/09/2022 (Viet Nam time, UTC+7)',
      },
    });
  });
});

describe('withdrawal', () => {
  it('is allowed until the window closes', () => {
    expect(canWithdraw(contest, ms(closesAt, -1)).ok).toBe(true);
  });

  it('is refused from the closing instant on, in both languages', () => {
    const result = canWithdraw(contest, closesAt);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'withdrawal.deadline_passed',
      messageVi:
        'Đã hết thời hạn rút bài dự thi: hạn nộp đã kết thúc lúc 24:00 ngày 15/09/2022 (giờ Việt Nam).',
    });
  });

  it('is refused when the contest is not open', () => {
    const result = canWithdraw(sampleContest({ status: 'draft' }), new Date('2022-09-01T00:00:00Z'));
    expect(!result.ok && result.problems[0]!.code).toBe('withdrawal.contest_not_open');
  });
});

describe('describing an instant', () => {
  it('gives Viet Nam time in both languages and the UTC instant', () => {
    expect(describeInstant('2021-10-31T17:00:00+07:00')).toEqual({
      instant: '2021-10-31T10:00:00.000Z',
      vi: '17:00 ngày 31/10/2021 (giờ Việt Nam)',
      en: '17:00 on 31/10/2021 (Viet Nam time, UTC+7)',
    });
  });
});
