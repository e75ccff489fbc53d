import { callerOf } from '@cchc/auth';
import { councilChanged } from '@cchc/contracts';
import { changeCouncil, Council, CouncilChange } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { judgedContest } from '../contests/judged-contest.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, ContestParams, EVENT_SOURCE } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { contestJudging } from '../judging/contest-judging.ts';
import { requireCouncilReader } from './council-access.ts';
import { councilColumns, councilOf, councilState } from './council-records.ts';
import { councilReaders, councilWriters } from './council-routes.ts';

const RecordedChange = Type.Object({
  change: CouncilChange,
  reason: Type.Union([Type.String(), Type.Null()]),
  changedBy: Type.String(),
  changedAt: Type.String({ format: 'date-time' }),
});

/** Changes to a council's members or quorum; once judging has started, each with the reason kept for the minutes. */
export function councilChangeRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/council/changes',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['councils'],
          summary: "The council's changes, oldest first, with who made them, when and why",
          params: ContestParams,
          response: { 200: Type.Array(RecordedChange) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const rows = await prisma.$withProvince(code, async (tx) => {
          requireCouncilReader(request, await contestJudging(tx, code, contestId));
          return tx.councilChange.findMany({
            where: { contestId, provinceCode: code },
            orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
          });
        });
        return rows.map((row) => ({
          change: row.change as CouncilChange,
          reason: row.reason,
          changedBy: row.changedBy,
          changedAt: row.changedAt.toISOString(),
        }));
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/council/changes',
      {
        onRequest: councilWriters,
        schema: {
          tags: ['councils'],
          summary: 'Add, remove or replace a member, change a role or the quorum',
          params: ContestParams,
          body: Type.Object(
            {
              change: CouncilChange,
              reason: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
            },
            { additionalProperties: false },
          ),
          response: { 200: Council },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const { change, reason = null } = request.body;
        return prisma.$withProvince(code, async (tx) => {
          const contest = await judgedContest(tx, code, contestId);
          const row = await tx.council.findFirst({ where: { contestId, provinceCode: code } });
          if (!row) throw new HttpProblem(404, `The contest ${contestId} has no council yet`);
          const council = valueOf(
            changeCouncil(councilOf(row), change, { judgingStarted: contest.judgingStarted, reason }),
          );
          const by = callerOf(request).userId;
          const at = clock();
          await tx.council.update({
            where: { contestId },
            data: { ...councilColumns(council), updatedBy: by, updatedAt: at },
          });
          await tx.councilChange.create({
            data: { provinceCode: code, contestId, change, reason, changedBy: by, changedAt: at },
          });
          await writeToOutbox(
            tx,
            councilChanged,
            { council: councilState(council, code), reason },
            { source: EVENT_SOURCE, tenant: code },
          );
          return council;
        });
      },
    );
  };
}
