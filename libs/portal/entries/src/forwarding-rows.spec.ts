import type { Contest, Entry } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { forwardingRows } from './forwarding-rows';

const contest = (id: string, overrides: Partial<Contest> = {}) =>
  ({
    id,
    title: `Cuộc thi ${id}`,
    status: 'open',
    unitPreselection: true,
    submissionWindow: { opensAt: '2021-09-29T17:00:00.000Z', closesAt: '2021-10-31T17:00:00.000Z' },
    ...overrides,
  }) as Contest;
const entry = (id: string, status: Entry['status'], contestId = 'pre'): Entry => ({
  id,
  contestId,
  provinceCode: 'CB',
  unitId: 'stp',
  entrantKind: 'individual',
  ownerId: 'u',
  status,
  title: id,
  fieldKey: 'e-government',
  submittedAt: null,
  screeningNote: null,
  revision: 1,
  content: { authors: [{ name: 'Bế Thị Lan' }, { name: ' ' }] },
});

describe('forwardingRows', () => {
  const contests = [
    contest('pre'),
    contest('direct', { unitPreselection: false }),
    contest('closed', { status: 'closed' }),
  ];

  it('forwards only submitted entries of open contests with pre-selection', () => {
    const rows = forwardingRows(
      [
        entry('draft', 'draft'),
        entry('new', 'submitted'),
        entry('sent', 'forwarded'),
        entry('ok', 'eligible'),
        entry('gone', 'withdrawn'),
        entry('direct', 'submitted', 'direct'),
        entry('late', 'submitted', 'closed'),
      ],
      contests,
    );
    expect(rows.map((row) => [row.id, row.forwarding, row.mayForward])).toEqual([
      ['new', 'ready', true],
      ['sent', 'done', false],
      ['ok', 'done', false],
      ['gone', 'not-submitted', false],
      ['direct', 'no-preselection', false],
      ['late', 'contest-not-open', false],
    ]);
  });

  it('names the contest, its deadline and the authors', () => {
    expect(forwardingRows([entry('new', 'submitted')], contests)[0]).toMatchObject({
      contestTitle: 'Cuộc thi pre',
      deadline: '2021-10-31T17:00:00.000Z',
      authors: 'Bế Thị Lan',
    });
    expect(forwardingRows([entry('lost', 'submitted', 'unknown')], contests)[0]).toMatchObject({
      contestTitle: null,
      deadline: null,
      forwarding: 'contest-not-open',
    });
  });
});
