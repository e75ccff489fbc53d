import type { ContestTiming } from './contest.ts';
import { conflict, fail, ok, type Problem, type Result } from './result.ts';
import { formatVietnamTime, instantToVietnamLocal } from './vietnam-time.ts';

/** How notices name a moment: in Viet Nam time, in Vietnamese and English, and as an ISO instant. */
export interface DescribedInstant {
  /** ISO instant in UTC. */
  instant: string;
  /** `17:00 ngày 15/09/2022 (giờ Việt Nam)` */
  vi: string;
  /** `17:00 on 15/09/2022 (Viet Nam time, UTC+7)` */
  en: string;
}

/**
 * Describes an instant as a notice does: Viet Nam wall-clock time in both languages, plus the instant; `end` writes a
 * deadline at midnight as 24:00 of the day that ends.
 */
export function describeInstant(instant: string, role: 'start' | 'end' = 'start'): DescribedInstant {
  const text = formatVietnamTime(instant, role);
  return {
    instant: new Date(instant).toISOString(),
    vi: `${text.vi} (giờ Việt Nam)`,
    en: `${text.en} (Viet Nam time, UTC+7)`,
  };
}

function timeParams(instant: string) {
  const local = instantToVietnamLocal(instant);
  return { instant: new Date(instant).toISOString(), local: `${local.date}T${local.time}` };
}

function deadlinePassed(
  contest: ContestTiming,
  code: 'submission.deadline_passed' | 'withdrawal.deadline_passed',
): Problem {
  const { instant, local } = timeParams(contest.submissionWindow.closesAt);
  const text = formatVietnamTime(instant, 'end');
  const when = { en: `${text.en} (Viet Nam time, UTC+7; ${instant})`, vi: `${text.vi} (giờ Việt Nam)` };
  const [en, vi] =
    code === 'submission.deadline_passed'
      ? [`The submission deadline passed at ${when.en}.`, `Hạn nộp đã kết thúc lúc ${when.vi}.`]
      : [
          `Entries can no longer be withdrawn: the submission window closed at ${when.en}.`,
          `Đã hết thời hạn rút bài dự thi: hạn nộp đã kết thúc lúc ${when.vi}.`,
        ];
  return conflict('submissionWindow.closesAt', code, en, {
    messageVi: vi,
    params: { deadline: instant, deadlineLocal: local },
  });
}

function notOpen(
  contest: ContestTiming,
  code: 'submission.contest_not_open' | 'withdrawal.contest_not_open',
): Problem {
  const what = code === 'submission.contest_not_open' ? 'submitted' : 'withdrawn';
  return conflict(
    'status',
    code,
    `Entries can be ${what} only while the contest is open; it is ${contest.status}.`,
    {
      messageVi:
        code === 'submission.contest_not_open'
          ? 'Cuộc thi hiện không nhận bài dự thi.'
          : 'Cuộc thi hiện không cho phép rút bài dự thi.',
      params: { status: contest.status },
    },
  );
}

/**
 * Whether an entry may be submitted at `now`: only while the contest is open and `opensAt <= now < closesAt`. The
 * window's end is exclusive, so a deadline "until the end of 15/09" is stored as 00:00 on 16/09 and a submission at
 * exactly that instant is late. Succeeds with the deadline, for the confirmation.
 */
export function canSubmit(contest: ContestTiming, now: Date): Result<DescribedInstant> {
  const { opensAt, closesAt } = contest.submissionWindow;
  // "the deadline passed" explains a closed contest better than "the contest is closed"
  if (now.getTime() >= Date.parse(closesAt) && contest.status !== 'draft') {
    return fail(deadlinePassed(contest, 'submission.deadline_passed'));
  }
  if (contest.status !== 'open') return fail(notOpen(contest, 'submission.contest_not_open'));
  if (now.getTime() < Date.parse(opensAt)) {
    const opening = describeInstant(opensAt);
    const { instant, local } = timeParams(opensAt);
    return fail(
      conflict(
        'submissionWindow.opensAt',
        'submission.window_not_yet_open',
        `Submissions open at ${opening.en}.`,
        {
          messageVi: `Cuộc thi bắt đầu nhận bài dự thi từ ${opening.vi}.`,
          params: { opensAt: instant, opensAtLocal: local },
        },
      ),
    );
  }
  return ok(describeInstant(closesAt, 'end'));
}

/**
 * Whether a submitted entry may be withdrawn at `now`: while the contest is open and before the window closes.
 * After that the set of entries is what the council judges, so it no longer changes.
 */
export function canWithdraw(contest: ContestTiming, now: Date): Result<DescribedInstant> {
  if (now.getTime() >= Date.parse(contest.submissionWindow.closesAt) && contest.status !== 'draft') {
    return fail(deadlinePassed(contest, 'withdrawal.deadline_passed'));
  }
  if (contest.status !== 'open') return fail(notOpen(contest, 'withdrawal.contest_not_open'));
  return ok(describeInstant(contest.submissionWindow.closesAt, 'end'));
}
