import type { Contest } from '@cchc/submissions-domain';
import { sampleContest } from '@cchc/submissions-domain/testing';
import { inputOf } from '../contests/contest-records.ts';
import type { SubmissionsUnderTest } from './submissions-under-test.ts';

export interface OpenContest {
  contestId: string;
  /** The unit SNV (Sở Nội vụ) of province CB. */
  unitId: string;
}

/**
 * Provinces CB and HG, a unit SNV in CB, and a CB contest open from 16/08/2022 to the end of 15/09/2022, with the
 * clock left at 20/08/2022; `overrides` change the sample contest. Needs the accounts `platform` and `cb-admin`.
 */
export async function openContest(
  service: SubmissionsUnderTest,
  overrides: Partial<Contest> = {},
): Promise<OpenContest> {
  for (const [code, name] of [
    ['CB', 'Cao Bằng'],
    ['HG', 'Hà Giang'],
  ]) {
    await service.as('platform', { method: 'POST', url: '/provinces', payload: { code, name } });
  }
  const unit = await service.as('cb-admin', {
    method: 'POST',
    url: '/provinces/CB/units',
    payload: { code: 'SNV', name: 'Sở Nội vụ', kind: 'department' },
  });
  service.clock.now = new Date('2022-08-10T00:00:00Z');
  const { submissionWindow: _window, ...definition } = inputOf(
    sampleContest({ provinceCode: 'CB', ...overrides }),
  );
  const contest = await service.as('cb-admin', {
    method: 'POST',
    url: '/provinces/CB/contests',
    payload: {
      ...definition,
      submissionWindow: { opensAt: '2022-08-16T00:00:00+07:00', closesAt: '2022-09-16T00:00:00+07:00' },
    },
  });
  const contestId = contest.json().id;
  service.clock.now = new Date('2022-08-20T03:00:00Z');
  await service.as('cb-admin', {
    method: 'POST',
    url: `/provinces/CB/contests/${contestId}/status`,
    payload: { status: 'open' },
  });
  return { contestId, unitId: unit.json().id };
}
