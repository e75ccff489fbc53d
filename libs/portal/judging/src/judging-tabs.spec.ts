import type { Contest, MyEntry } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { currentTab, judgingContests, judgingTabs, myEntryRows, workingRound } from './judging-tabs';

describe('judgingTabs', () => {
  it('gives organisers the set-up, the chair the rounds and results, a judge their entries', () => {
    expect(judgingTabs(['province-admin'], 1)).toEqual([
      'council',
      'rubric',
      'settings',
      'assignments',
      'conflicts',
      'rounds',
      'final',
    ]);
    expect(judgingTabs(['council-chair'], 2)).toEqual([
      'assignments',
      'conflicts',
      'my-entries',
      'rounds',
      'defence',
      'final',
    ]);
    expect(judgingTabs(['judge'], 2)).toEqual(['my-entries']);
    expect(judgingTabs(['author'], 2)).toEqual([]);
  });

  it('lands each role on its main part, or on the part asked for when allowed', () => {
    const chair = judgingTabs(['council-chair'], 1);
    expect(currentTab(undefined, ['council-chair'], chair)).toBe('rounds');
    expect(currentTab('final', ['council-chair'], chair)).toBe('final');
    expect(currentTab('council', ['council-chair'], chair)).toBe('rounds');
    expect(currentTab(undefined, ['council-secretary'], judgingTabs(['council-secretary'], 1))).toBe(
      'council',
    );
    expect(currentTab(undefined, ['judge'], judgingTabs(['judge'], 1))).toBe('my-entries');
    expect(currentTab(undefined, ['author'], [])).toBeNull();
  });
});

describe('judgingContests', () => {
  it('keeps contests in judging, closed or finalised, judging first, in the service order within', () => {
    const contest = (id: string, status: Contest['status']) => ({ id, status }) as Contest;
    const listed = judgingContests([
      contest('a', 'finalized'),
      contest('b', 'open'),
      contest('c', 'judging'),
      contest('d', 'closed'),
      contest('e', 'judging'),
      contest('f', 'draft'),
    ]);
    expect(listed.map((each) => each.id)).toEqual(['c', 'e', 'd', 'a']);
  });
});

describe('a judge at work', () => {
  it('works in the open round, else the last closed one, else round 1', () => {
    expect(
      workingRound([
        { round: 1, status: 'closed' },
        { round: 2, status: 'open' },
      ]),
    ).toBe(2);
    expect(
      workingRound([
        { round: 1, status: 'closed' },
        { round: 2, status: 'not-open' },
      ]),
    ).toBe(1);
    expect(workingRound([{ round: 1, status: 'not-open' }])).toBe(1);
  });

  it('lists drafts, then sheets not started, then submitted ones', () => {
    const mine = (id: string, title: string, state: 'draft' | 'submitted' | null): MyEntry => ({
      entry: { id, title, fieldKey: 'x', submittedAt: '2025-09-01T00:00:00Z' },
      score: state ? { entryId: id, judgeId: 'j', round: 1, points: {}, comment: '', state } : null,
    });
    expect(
      myEntryRows([
        mine('a', 'An', 'submitted'),
        mine('b', 'Bình', null),
        mine('c', 'Cường', 'draft'),
        mine('d', 'Ánh', null),
      ]).map((row) => [row.entryId, row.state]),
    ).toEqual([
      ['c', 'draft'],
      ['d', 'not-started'],
      ['b', 'not-started'],
      ['a', 'submitted'],
    ]);
  });
});
