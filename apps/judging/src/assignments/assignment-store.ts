import { assignmentsChanged } from '@cchc/contracts';
import type { Assignment } from '@cchc/judging-domain';
import { writeAllToOutbox } from '@cchc/messaging';
import { EVENT_SOURCE } from '../shared/province-routes.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

export type AssignmentChange = 'automatic' | 'override' | 'import' | 'recusal' | 'advancement';

const pair = ({ entryId, judgeId }: Assignment) => `${judgeId}\u0000${entryId}`;

/** A round's assignments, in the order of the entries' submission, then of the judges. */
export async function assignmentsOf(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  round: number,
): Promise<Assignment[]> {
  // A plain query: a large round has tens of thousands of pairs, and closing it reads them all.
  return tx.$queryRawUnsafe<Assignment[]>(
    `SELECT entry_id::text AS "entryId", judge_id AS "judgeId" FROM assignment
      WHERE contest_id = $1::uuid AND round = $2 AND province_code = $3 ORDER BY entry_id, judge_id`,
    contestId,
    round,
    province,
  );
}

/**
 * Makes `next` the round's assignments: removes the pairs no longer in it, adds the new ones, and tells of each judge
 * whose entries changed with the entries they now score. Score sheets of removed pairs are kept but no longer count.
 */
export async function replaceAssignments(
  tx: TenantTransaction,
  target: { province: string; contestId: string; round: number },
  next: readonly Assignment[],
  change: { how: AssignmentChange; by: string; at: Date },
): Promise<void> {
  const { province, contestId, round } = target;
  const current = await assignmentsOf(tx, province, contestId, round);
  const wanted = new Set(next.map(pair));
  const existing = new Set(current.map(pair));
  const removed = current.filter((assignment) => !wanted.has(pair(assignment)));
  const added = next.filter((assignment) => !existing.has(pair(assignment)));
  if (removed.length === 0 && added.length === 0) return;
  if (removed.length > 0)
    await tx.$executeRawUnsafe(
      `DELETE FROM assignment WHERE contest_id = $1::uuid AND round = $2
         AND (judge_id, entry_id) IN (SELECT * FROM unnest($3::varchar[], $4::uuid[]))`,
      contestId,
      round,
      removed.map((assignment) => assignment.judgeId),
      removed.map((assignment) => assignment.entryId),
    );
  await tx.assignment.createMany({
    data: added.map(({ entryId, judgeId }) => ({
      contestId,
      round,
      entryId,
      judgeId,
      provinceCode: province,
      assignedBy: change.by,
      assignedAt: change.at,
    })),
  });
  const changedJudges = new Set([...removed, ...added].map((assignment) => assignment.judgeId));
  await writeAllToOutbox(
    tx,
    assignmentsChanged,
    [...changedJudges].map((judgeId) => ({
      contestId,
      provinceCode: province,
      round,
      judgeId,
      how: change.how,
      entryIds: next.filter((assignment) => assignment.judgeId === judgeId).map((a) => a.entryId),
    })),
    { source: EVENT_SOURCE, tenant: province },
  );
}
