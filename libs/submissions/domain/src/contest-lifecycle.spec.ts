import { describe, expect, it } from 'vitest';
import { ContestInput, ContestPatch, type ContestStatus } from './contest.ts';
import {
  applyContestEdit,
  canMoveContest,
  editableSettings,
  transitionContest,
} from './contest-lifecycle.ts';
import { sampleContest } from './testing/samples.ts';

const during = new Date('2022-09-01T03:00:00Z');
const afterDeadline = new Date('2022-09-15T17:00:00Z');
const codes = (result: { ok: boolean; problems?: { code: string }[] }) =>
  result.ok ? [] : result.problems!.map((problem) => problem.code);

describe('contest lifecycle', () => {
  it('moves along draft → open → closed → judging → finalized → archived', () => {
    const path: ContestStatus[] = ['draft', 'open', 'closed', 'judging', 'finalized', 'archived'];
    for (let i = 0; i < path.length - 1; i++) expect(canMoveContest(path[i]!, path[i + 1]!)).toBe(true);
  });

  it('refuses skipping or going back, naming both states', () => {
    const result = transitionContest(sampleContest({ status: 'draft' }), 'closed', during);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'status',
          code: 'contest.transition.invalid',
          kind: 'conflict',
          message: 'A contest cannot move from draft to closed.',
          params: { from: 'draft', to: 'closed' },
        },
      ],
    });
    expect(canMoveContest('finalized', 'judging')).toBe(false);
    expect(canMoveContest('archived', 'draft')).toBe(false);
    expect(canMoveContest('open', 'draft')).toBe(false);
  });

  it('opens a draft with rules before its window ends', () => {
    expect(transitionContest(sampleContest({ status: 'draft' }), 'open', during)).toEqual({
      ok: true,
      value: 'open',
    });
  });

  it('does not open a contest without rules', () => {
    expect(codes(transitionContest(sampleContest({ status: 'draft', rules: ' ' }), 'open', during))).toEqual([
      'contest.transition.rules_missing',
    ]);
  });

  it('does not open a contest whose window has ended', () => {
    expect(codes(transitionContest(sampleContest({ status: 'draft' }), 'open', afterDeadline))).toEqual([
      'contest.transition.window_ended',
    ]);
  });

  it('closes only once the window has ended, at the exact instant', () => {
    const open = sampleContest({ status: 'open' });
    const justBefore = new Date(afterDeadline.getTime() - 1);
    expect(codes(transitionContest(open, 'closed', justBefore))).toEqual([
      'contest.transition.window_still_open',
    ]);
    expect(transitionContest(open, 'closed', afterDeadline)).toEqual({ ok: true, value: 'closed' });
  });

  it('reopens a closed contest only after its deadline was extended', () => {
    const closed = sampleContest({ status: 'closed' });
    expect(codes(transitionContest(closed, 'open', afterDeadline))).toEqual([
      'contest.transition.window_ended',
    ]);
    const extended = {
      ...closed,
      submissionWindow: { ...closed.submissionWindow, closesAt: '2022-09-20T10:00:00Z' },
    };
    expect(transitionContest(extended, 'open', afterDeadline)).toEqual({ ok: true, value: 'open' });
  });
});

describe('contest edits by state', () => {
  it('allows every setting in draft', () => {
    const result = applyContestEdit(sampleContest({ status: 'draft' }), {
      rules: 'Thể lệ mới',
      fields: [{ key: 'e-government', labelVi: 'Chính quyền số', labelEn: 'Digital government' }],
    });
    expect(result.ok && result.value.rules).toBe('Thể lệ mới');
    expect(result.ok && result.value.fields).toHaveLength(1);
  });

  it('fixes rules and fields once the contest is open', () => {
    const result = applyContestEdit(sampleContest({ status: 'open' }), { rules: 'Thể lệ khác', fields: [] });
    expect(result.ok ? [] : result.problems.map(({ field, code }) => [field, code])).toEqual([
      ['rules', 'contest.edit.not_allowed'],
      ['fields', 'contest.edit.not_allowed'],
    ]);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'rules cannot be changed while the contest is open.',
    );
  });

  it('accepts settings sent back unchanged', () => {
    const contest = sampleContest({ status: 'open' });
    const result = applyContestEdit(contest, { rules: contest.rules, description: 'Cập nhật' });
    expect(result.ok && result.value.description).toBe('Cập nhật');
  });

  it('extends the deadline while open', () => {
    const contest = sampleContest({ status: 'open' });
    const result = applyContestEdit(contest, {
      submissionWindow: { opensAt: contest.submissionWindow.opensAt, closesAt: '2022-09-30T17:00:00+07:00' },
    });
    expect(result.ok && result.value.submissionWindow.closesAt).toBe('2022-09-30T10:00:00.000Z');
  });

  it('does not bring the deadline forward once open', () => {
    const contest = sampleContest({ status: 'open' });
    const result = applyContestEdit(contest, {
      submissionWindow: { opensAt: contest.submissionWindow.opensAt, closesAt: '2022-09-10T10:00:00Z' },
    });
    expect(codes(result)).toEqual(['contest.edit.window_shortened']);
  });

  it('does not move the opening once open', () => {
    const contest = sampleContest({ status: 'open' });
    const result = applyContestEdit(contest, {
      submissionWindow: { opensAt: '2022-08-20T00:00:00Z', closesAt: contest.submissionWindow.closesAt },
    });
    expect(codes(result)).toEqual(['contest.edit.opening_moved']);
  });

  it('extends the deadline of a closed contest so that it can reopen', () => {
    expect(editableSettings('closed')).toContain('submissionWindow');
    expect(editableSettings('judging')).not.toContain('submissionWindow');
  });

  it('changes nothing in an archived contest', () => {
    expect(codes(applyContestEdit(sampleContest({ status: 'archived' }), { description: 'x' }))).toEqual([
      'contest.edit.not_allowed',
    ]);
  });

  it('checks the edited contest with the rules of a new one', () => {
    const result = applyContestEdit(sampleContest({ status: 'draft' }), { eligibleEntrants: [] });
    expect(codes(result)).toEqual(['contest.eligibility.empty']);
  });

  it('has no defaults that a validator could add to a change', () => {
    expect(JSON.stringify(ContestPatch)).not.toContain('"default"');
    expect(JSON.stringify(ContestInput)).toContain('"default"');
  });

  it('refuses an empty or malformed change', () => {
    expect(codes(applyContestEdit(sampleContest({ status: 'draft' }), {}))).toEqual(['too_few']);
    expect(codes(applyContestEdit(sampleContest({ status: 'draft' }), { status: 'open' }))).toEqual([
      'unknown_property',
    ]);
  });
});
