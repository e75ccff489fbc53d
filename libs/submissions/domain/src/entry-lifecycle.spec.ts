import { describe, expect, it } from 'vitest';
import type { EntryStatus } from './entry.ts';
import {
  canMoveEntry,
  forwardEntry,
  screenEntry,
  submitEntry,
  withdrawEntry,
  type Actor,
} from './entry-lifecycle.ts';
import type { Result } from './result.ts';
import { sampleContest, sampleEntry, sampleQuotaContest } from './testing/samples.ts';

const during = new Date('2022-09-01T03:00:00Z');
const deadline = new Date('2022-09-15T17:00:00.000Z');
const admin: Actor = { roles: ['province-admin'], province: 'HG', unitId: null };
const coordinator: Actor = { roles: ['unit-coordinator'], province: 'CB', unitId: 'unit-so-noi-vu' };
const caoBang = sampleQuotaContest();
const caoBangDuring = new Date('2021-10-10T03:00:00Z');

function codes(result: Result<unknown>): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

function cbEntry(status: EntryStatus, unitId: string | null = 'unit-so-noi-vu') {
  return sampleEntry({ provinceCode: 'CB', contestId: caoBang.id, status, unitId });
}

describe('entry transitions', () => {
  it('allows the documented moves only', () => {
    expect(canMoveEntry('draft', 'submitted')).toBe(true);
    expect(canMoveEntry('submitted', 'forwarded')).toBe(true);
    expect(canMoveEntry('forwarded', 'eligible')).toBe(true);
    expect(canMoveEntry('eligible', 'ineligible')).toBe(true);
    expect(canMoveEntry('draft', 'eligible')).toBe(false);
    expect(canMoveEntry('forwarded', 'submitted')).toBe(false);
    expect(canMoveEntry('withdrawn', 'submitted')).toBe(false);
    expect(canMoveEntry('ineligible', 'withdrawn')).toBe(false);
  });
});

describe('submitting', () => {
  it('submits a complete draft inside the window, stamped with the clock', () => {
    const result = submitEntry(sampleEntry(), sampleContest(), during);
    expect(result.ok && [result.value.from, result.value.to, result.value.submittedAt]).toEqual([
      'draft',
      'submitted',
      '2022-09-01T03:00:00.000Z',
    ]);
  });

  it('refuses an entry that is not a draft, naming from and to', () => {
    const result = submitEntry(sampleEntry({ status: 'withdrawn' }), sampleContest(), during);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'entry.transition.invalid',
      kind: 'conflict',
      message: 'An entry cannot move from withdrawn to submitted.',
      params: { from: 'withdrawn', to: 'submitted' },
    });
  });

  it('refuses a submission at the deadline instant before looking at the content', () => {
    const entry = sampleEntry({ content: {} });
    expect(codes(submitEntry(entry, sampleContest(), deadline))).toEqual(['submission.deadline_passed']);
  });

  it('refuses an incomplete draft with the submission rules', () => {
    const entry = sampleEntry({ content: { ...sampleEntry().content, title: '' } });
    expect(codes(submitEntry(entry, sampleContest(), during))).toEqual(['required']);
  });
});

describe('forwarding by a unit coordinator', () => {
  it('forwards a submitted entry of their own unit in a contest with pre-selection', () => {
    expect(forwardEntry(cbEntry('submitted'), caoBang, coordinator, caoBangDuring)).toEqual({
      ok: true,
      value: { from: 'submitted', to: 'forwarded', reason: null },
    });
  });

  it('only in a contest with pre-selection', () => {
    const contest = sampleQuotaContest({ unitPreselection: false });
    expect(codes(forwardEntry(cbEntry('submitted'), contest, coordinator, caoBangDuring))).toEqual([
      'entry.forward.no_preselection',
    ]);
  });

  it('only by a unit coordinator', () => {
    const author = { ...coordinator, roles: ['author'] };
    const result = forwardEntry(cbEntry('submitted'), caoBang, author, caoBangDuring);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'entry.forward.not_coordinator',
      kind: 'forbidden',
    });
  });

  it('only entries of their own unit', () => {
    const other = { ...coordinator, unitId: 'unit-so-tai-chinh' };
    expect(codes(forwardEntry(cbEntry('submitted'), caoBang, other, caoBangDuring))).toEqual([
      'entry.forward.other_unit',
    ]);
  });

  it('only entries of their own province, even with the same unit id', () => {
    const elsewhere = { ...coordinator, province: 'HG' };
    expect(codes(forwardEntry(cbEntry('submitted'), caoBang, elsewhere, caoBangDuring))).toEqual([
      'entry.forward.other_unit',
    ]);
  });

  it('not an entry without a unit', () => {
    expect(codes(forwardEntry(cbEntry('submitted', null), caoBang, coordinator, caoBangDuring))).toEqual([
      'entry.forward.no_unit',
    ]);
  });

  it('only a submitted entry', () => {
    expect(codes(forwardEntry(cbEntry('draft'), caoBang, coordinator, caoBangDuring))).toEqual([
      'entry.transition.invalid',
    ]);
  });

  it('only before the province deadline', () => {
    const atDeadline = new Date(caoBang.submissionWindow.closesAt);
    expect(codes(forwardEntry(cbEntry('submitted'), caoBang, coordinator, atDeadline))).toEqual([
      'submission.deadline_passed',
    ]);
  });
});

describe('screening by the province admin', () => {
  const hgEntry = (status: EntryStatus) => sampleEntry({ status });

  it('finds a submitted entry eligible', () => {
    expect(screenEntry(hgEntry('submitted'), sampleContest(), admin, { eligible: true })).toEqual({
      ok: true,
      value: { from: 'submitted', to: 'eligible', reason: null },
    });
  });

  it('finds an entry ineligible with its reason', () => {
    const verdict = {
      eligible: false,
      reason: '  Trùng ý tưởng với mô hình đã áp dụng tại Cần Thơ. ',
    } as const;
    expect(screenEntry(hgEntry('submitted'), sampleContest(), admin, verdict)).toEqual({
      ok: true,
      value: {
        from: 'submitted',
        to: 'ineligible',
        reason: 'Trùng ý tưởng với mô hình đã áp dụng tại Cần Thơ.',
      },
    });
  });

  it('requires a reason for ineligible', () => {
    const result = screenEntry(hgEntry('submitted'), sampleContest(), admin, {
      eligible: false,
      reason: ' ',
    });
    expect(!result.ok && result.problems[0]).toMatchObject({
      field: 'reason',
      code: 'entry.screen.reason_required',
      kind: 'invalid',
    });
  });

  it('only by a province admin', () => {
    const judge = { ...admin, roles: ['judge'] };
    expect(codes(screenEntry(hgEntry('submitted'), sampleContest(), judge, { eligible: true }))).toEqual([
      'entry.screen.not_admin',
    ]);
  });

  it('only by the entry’s own province', () => {
    const otherAdmin = { ...admin, province: 'CT' };
    expect(codes(screenEntry(hgEntry('submitted'), sampleContest(), otherAdmin, { eligible: true }))).toEqual(
      ['entry.screen.other_province'],
    );
  });

  it('only while the contest is open or closed', () => {
    const judging = sampleContest({ status: 'judging' });
    expect(codes(screenEntry(hgEntry('eligible'), judging, admin, { eligible: false, reason: 'x' }))).toEqual(
      ['entry.screen.contest_state'],
    );
    expect(
      screenEntry(hgEntry('submitted'), sampleContest({ status: 'closed' }), admin, { eligible: true }).ok,
    ).toBe(true);
  });

  it('with pre-selection, a unit’s entry only once forwarded', () => {
    const cbAdmin = { ...admin, province: 'CB' };
    expect(codes(screenEntry(cbEntry('submitted'), caoBang, cbAdmin, { eligible: true }))).toEqual([
      'entry.screen.not_forwarded',
    ]);
    expect(screenEntry(cbEntry('forwarded'), caoBang, cbAdmin, { eligible: true }).ok).toBe(true);
  });

  it('with pre-selection, an entry with no unit directly', () => {
    const cbAdmin = { ...admin, province: 'CB' };
    expect(screenEntry(cbEntry('submitted', null), caoBang, cbAdmin, { eligible: true }).ok).toBe(true);
  });

  it('may correct an earlier decision', () => {
    expect(screenEntry(hgEntry('ineligible'), sampleContest(), admin, { eligible: true }).ok).toBe(true);
  });

  it('not a draft or a withdrawn entry', () => {
    expect(codes(screenEntry(hgEntry('draft'), sampleContest(), admin, { eligible: true }))).toEqual([
      'entry.transition.invalid',
    ]);
    expect(codes(screenEntry(hgEntry('withdrawn'), sampleContest(), admin, { eligible: true }))).toEqual([
      'entry.transition.invalid',
    ]);
  });
});

describe('withdrawing', () => {
  it('withdraws a submitted, forwarded or eligible entry before the deadline', () => {
    for (const status of ['submitted', 'forwarded', 'eligible'] as const) {
      expect(withdrawEntry({ status }, sampleContest(), new Date(deadline.getTime() - 1))).toEqual({
        ok: true,
        value: { from: status, to: 'withdrawn', reason: null },
      });
    }
  });

  it('refuses at the deadline instant', () => {
    expect(codes(withdrawEntry({ status: 'submitted' }, sampleContest(), deadline))).toEqual([
      'withdrawal.deadline_passed',
    ]);
  });

  it('refuses a draft, which is simply deleted, and a withdrawn entry', () => {
    expect(codes(withdrawEntry({ status: 'draft' }, sampleContest(), during))).toEqual([
      'entry.transition.invalid',
    ]);
    expect(codes(withdrawEntry({ status: 'withdrawn' }, sampleContest(), during))).toEqual([
      'entry.transition.invalid',
    ]);
  });
});
