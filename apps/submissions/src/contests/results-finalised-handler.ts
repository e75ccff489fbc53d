import { contestStatusChanged, resultsFinalized } from '@cchc/contracts';
import { transitionContest } from '@cchc/submissions-domain';
import { writeToOutbox, type EventHandler } from '@cchc/messaging';
import type { Static } from 'typebox';
import type { Clock } from '../shared/clock.ts';
import { EVENT_SOURCE } from '../shared/province-routes.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';
import { contestOf, contestState } from './contest-records.ts';

/**
 * When the council's chair finalises the results in judging, the contest moves from judging to finalized and says
 * so like any status change. A contest in another status (already finalized: a redelivery) is left as it is.
 */
export function resultsFinalisedHandlers(clock: Clock): Record<string, EventHandler<TenantTransaction>> {
  return {
    [resultsFinalized.type]: async (tx, event) => {
      const { contestId, provinceCode } = event.data as Static<typeof resultsFinalized.data>;
      const row = await tx.contest.findFirst({ where: { id: contestId, provinceCode } });
      if (!row) return;
      const current = contestOf(row);
      if (!transitionContest(current, 'finalized', clock()).ok) return;
      const updated = await tx.contest.update({
        where: { id: contestId },
        data: { status: 'finalized', revision: { increment: 1 } },
      });
      await writeToOutbox(
        tx,
        contestStatusChanged,
        { contest: contestState(contestOf(updated)), previousStatus: current.status },
        { source: EVENT_SOURCE, tenant: provinceCode },
      );
    },
  };
}
