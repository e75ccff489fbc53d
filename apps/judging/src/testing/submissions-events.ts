import { contestCreated, contestStatusChanged, entryScreened } from '@cchc/contracts';
import type { Static } from 'typebox';
import type { JudgingUnderTest } from './judging-under-test.ts';

export type ContestState = Static<typeof contestCreated.data>['contest'];
export type EntryState = Static<typeof entryScreened.data>['entry'];

/** A two-round contest as submissions announces it. */
export function contestState(id: string, provinceCode: string, status: ContestState['status']): ContestState {
  return {
    id,
    provinceCode,
    status,
    title: 'Cuộc thi sáng kiến CCHC 2022',
    planNumber: '122/KH-UBND',
    startYear: 2022,
    endYear: 2022,
    opensAt: '2022-08-16T00:00:00+07:00',
    closesAt: '2022-09-16T00:00:00+07:00',
    fields: [],
    rounds: [{ kind: 'written' }, { kind: 'oral-defence', preparationDays: 10 }],
    unitPreselection: true,
    blindJudging: false,
  };
}

/** Announces a contest in a status, as submissions would, and waits until judging has it. */
export async function announceContest(
  service: JudgingUnderTest,
  contest: ContestState,
  previousStatus: ContestState['status'] = 'draft',
): Promise<void> {
  if (contest.status === 'draft')
    await service.publish(contestCreated, { contest, copiedFrom: null }, contest.provinceCode);
  else await service.publish(contestStatusChanged, { contest, previousStatus }, contest.provinceCode);
  await service.rowsOf(
    `SELECT status FROM contest WHERE id = '${contest.id}'`,
    contest.provinceCode,
    (rows) => rows[0]?.['status'] === contest.status,
  );
}

/** An eligible entry of a contest as submissions announces it once screened. */
export function entryState(
  id: string,
  contestId: string,
  provinceCode: string,
  fields: Partial<EntryState> = {},
): EntryState {
  return {
    id,
    provinceCode,
    contestId,
    unitId: null,
    entrantKind: 'individual',
    ownerId: `owner-${id.slice(-4)}`,
    status: 'eligible',
    title: `Sáng kiến ${id.slice(-4)}`,
    fieldKey: 'thu-tuc-hanh-chinh',
    submittedAt: '2022-09-01T02:00:00.000Z',
    authors: [{ name: `Tác giả ${id.slice(-4)}`, workplace: 'Sở Nội vụ', contributionPercent: 100 }],
    ...fields,
  };
}

/** Announces entries as screened eligible, as submissions would, and waits until judging has them all. */
export async function announceEntries(
  service: JudgingUnderTest,
  entries: readonly EntryState[],
): Promise<void> {
  for (const entry of entries)
    await service.publish(entryScreened, { entry, eligible: true, reason: null }, entry.provinceCode);
  const ids = entries.map((entry) => `'${entry.id}'`).join(',');
  await service.rowsOf(
    `SELECT id FROM entry WHERE id IN (${ids}) AND status = 'eligible'`,
    entries[0]!.provinceCode,
    (rows) => rows.length === entries.length,
  );
}
