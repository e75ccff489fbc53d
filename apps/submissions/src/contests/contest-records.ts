import type { Contest, ContestInput } from '@cchc/submissions-domain';
import type { Contest as ContestRow } from '../generated/prisma/client.ts';

/** The domain's contest from its row: the validated definition plus identity, tenant and state. */
export function contestOf(row: ContestRow): Contest {
  return {
    ...(row.definition as ContestInput),
    id: row.id,
    provinceCode: row.provinceCode,
    status: row.status,
  };
}

/** The row's columns for a definition: the definition whole, and what lists and filters query copied out. */
export function contestColumns(input: ContestInput) {
  return {
    title: input.title,
    planNumber: input.planNumber,
    planDate: new Date(`${input.planDate}T00:00:00Z`),
    startYear: input.period.startYear,
    endYear: input.period.endYear,
    opensAt: new Date(input.submissionWindow.opensAt),
    closesAt: new Date(input.submissionWindow.closesAt),
    definition: input,
  };
}

/** The definition part of a contest, without identity and state. */
export function inputOf(contest: Contest): ContestInput {
  const { id: _id, provinceCode: _provinceCode, status: _status, ...input } = contest;
  return input;
}

/** What the contest events carry (libs/contracts). */
export function contestState(contest: Contest) {
  return {
    id: contest.id,
    provinceCode: contest.provinceCode,
    status: contest.status,
    title: contest.title,
    planNumber: contest.planNumber,
    startYear: contest.period.startYear,
    endYear: contest.period.endYear,
    opensAt: new Date(contest.submissionWindow.opensAt).toISOString(),
    closesAt: new Date(contest.submissionWindow.closesAt).toISOString(),
    fields: contest.fields,
    rounds: contest.rounds,
    unitPreselection: contest.unitPreselection,
    blindJudging: contest.blindJudging,
  };
}
