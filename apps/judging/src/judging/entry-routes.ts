import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders } from '../councils/council-routes.ts';
import { contestJudging, runsJudging } from './contest-judging.ts';
import { EntryView, entryView } from './entry-view.ts';
import { roundEntries } from '../rounds/round-state.ts';
import { actingProvince, ContestParams } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';

/** The entries a contest judges, for boards and result tables; members who score see them blind where set. */
export function entryRoutes(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/entries',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['entries'],
          summary:
            'The entries screened eligible, in order of submission; without authors and units for scoring members in blind judging',
          params: ContestParams,
          response: { 200: Type.Array(EntryView) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireCouncilReader(request, judging);
          const entries = await roundEntries(tx, code, contestId, { round: 1 });
          const blind = judging.contest.blind && !runsJudging(judging, request);
          return entries.map((entry) => entryView(entry, blind));
        });
      },
    );
  };
}
