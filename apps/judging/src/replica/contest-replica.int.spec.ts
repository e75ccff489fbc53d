import {
  contestCreated,
  contestStatusChanged,
  entryForwarded,
  entryScreened,
  entryWithdrawn,
} from '@cchc/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJudging, type JudgingUnderTest } from '../testing/judging-under-test.ts';
import { contestState, type ContestState, type EntryState } from '../testing/submissions-events.ts';

const CONTEST_ID = '0b9f4a36-5a43-4f0e-9b0b-7f3f7d3f1a01';
const UNIT_ID = '0b9f4a36-5a43-4f0e-9b0b-7f3f7d3f1a02';
const entryId = (n: number) => `0b9f4a36-5a43-4f0e-9b0b-7f3f7d3f1b0${n}`;
const contest = (status: ContestState['status']) => contestState(CONTEST_ID, 'HG', status);

const entry = (n: number, status: EntryState['status']): EntryState => ({
  id: entryId(n),
  provinceCode: 'HG',
  contestId: CONTEST_ID,
  unitId: UNIT_ID,
  entrantKind: 'unit',
  ownerId: 'user-author',
  status,
  title: `Sáng kiến ${n}`,
  fieldKey: 'digital-transformation',
  submittedAt: '2022-09-01T08:00:00+07:00',
  authors: [{ name: 'Lê Văn A', workplace: 'Sở Nội vụ', contributionPercent: 100 }],
});

describe("judging's copy of contests and entries", () => {
  let service: JudgingUnderTest;

  beforeAll(async () => {
    service = await startJudging();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('keeps the latest state of a contest, in its province only', async () => {
    await service.publish(contestCreated, { contest: contest('draft'), copiedFrom: null }, 'HG');
    await service.publish(
      contestStatusChanged,
      { contest: contest('judging'), previousStatus: 'closed' },
      'HG',
    );
    const rows = await service.rowsOf(
      `SELECT status, rounds, unit_preselection, blind_judging FROM contest`,
      'HG',
      (found) => found[0]?.['status'] === 'judging',
    );
    expect(rows).toEqual([
      {
        status: 'judging',
        rounds: [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 10 }],
        unit_preselection: true,
        blind_judging: false,
      },
    ]);
    expect(await service.rowsOf(`SELECT id FROM contest`, 'CB', () => true)).toEqual([]);
  });

  it('keeps forwarded, screened and withdrawn entries with their status', async () => {
    await service.publish(entryForwarded, { entry: entry(1, 'forwarded') }, 'HG');
    await service.publish(entryForwarded, { entry: entry(2, 'forwarded') }, 'HG');
    await service.publish(entryForwarded, { entry: entry(3, 'forwarded') }, 'HG');
    await service.publish(entryScreened, { entry: entry(1, 'eligible'), eligible: true, reason: null }, 'HG');
    await service.publish(
      entryScreened,
      { entry: entry(2, 'ineligible'), eligible: false, reason: 'Trùng ý tưởng' },
      'HG',
    );
    await service.publish(entryWithdrawn, { entry: entry(3, 'withdrawn') }, 'HG');
    const rows = await service.rowsOf(
      `SELECT id, contest_id, unit_id, status, authors FROM entry ORDER BY id`,
      'HG',
      (found) => found.length === 3 && found.every((row) => row['status'] !== 'forwarded'),
    );
    expect(rows.map((row) => row['status'])).toEqual(['eligible', 'ineligible', 'withdrawn']);
    expect(rows[0]).toMatchObject({
      id: entryId(1),
      contest_id: CONTEST_ID,
      unit_id: UNIT_ID,
      authors: [{ name: 'Lê Văn A', workplace: 'Sở Nội vụ', contributionPercent: 100 }],
    });
  });

  it('writes an event only in the province it belongs to', async () => {
    // An event whose tenant is not the entry's province is refused by row-level security and parked.
    await service.publish(entryScreened, { entry: entry(4, 'eligible'), eligible: true, reason: null }, 'CB');
    await service.publish(entryForwarded, { entry: entry(5, 'forwarded') }, 'HG');
    await service.rowsOf(`SELECT id FROM entry WHERE id = '${entryId(5)}'`, 'HG');
    expect(await service.rowsOf(`SELECT id FROM entry WHERE id = '${entryId(4)}'`, '*', () => true)).toEqual(
      [],
    );
  });
});
