import { HttpProblem } from '@cchc/service-kit';
import type { TenantTransaction } from '../tenant-prisma.ts';

const JUDGING_STARTED = new Set(['judging', 'finalized', 'archived']);

/** A contest as judging knows it from submissions' events. */
export interface JudgedContest {
  id: string;
  status: string;
  /** How many rounds it is judged in (1 or 2). */
  roundCount: number;
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
  return {
    id: row.id,
    status: row.status,
    roundCount: (row.rounds as unknown[]).length,
    judgingStarted: JUDGING_STARTED.has(row.status),
  };
}
