import { HttpProblem } from '@cchc/service-kit';
import type { TenantTransaction } from '../tenant-prisma.ts';

const JUDGING_STARTED = new Set(['judging', 'finalized', 'archived']);

/** A round of a contest as its plan sets it. */
export interface RoundPlan {
  kind: 'written' | 'oral-defence';
  /** Days the authors get between the notice of their defence and the defence. */
  preparationDays?: number;
}

/** A contest as judging knows it from submissions' events. */
export interface JudgedContest {
  id: string;
  title: string;
  status: string;
  rounds: RoundPlan[];
  /** How many rounds it is judged in (1 or 2). */
  roundCount: number;
  /** Judges see entries without their authors and units. */
  blind: boolean;
  /** Whether any judge may already have scored. */
  judgingStarted: boolean;
}

/** The contest of the province, or 404 when submissions has not announced it. */
export async function judgedContest(
  tx: TenantTransaction,
  province: string,
  id: string,
): Promise<JudgedContest> {
  const row = await tx.contest.findFirst({ where: { id, provinceCode: province } });
  if (!row) throw new HttpProblem(404, `No contest ${id} in province ${province}`);
  const rounds = row.rounds as unknown as RoundPlan[];
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    rounds,
    roundCount: rounds.length,
    blind: row.blindJudging,
    judgingStarted: JUDGING_STARTED.has(row.status),
  };
}

/** 404 for a round the contest does not have. */
export function requireRound(contest: JudgedContest, round: number): void {
  if (round > contest.roundCount)
    throw new HttpProblem(404, `The contest ${contest.id} has ${contest.roundCount} round(s), not ${round}`);
}
