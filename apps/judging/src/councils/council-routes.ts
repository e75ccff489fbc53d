import { callerOf } from '@cchc/auth';
import { councilChanged, councilFormed } from '@cchc/contracts';
import { Council, CouncilDecision, CouncilMember, validateCouncil } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { judgedContest } from '../contests/judged-contest.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, ContestParams, EVENT_SOURCE, inNamedProvince } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { contestJudging } from '../judging/contest-judging.ts';
import { requireCouncilReader } from './council-access.ts';
import { councilColumns, councilState } from './council-records.ts';

export const councilReaders = inNamedProvince(
  'province-admin',
  'council-chair',
  'council-secretary',
  'judge',
);
export const councilWriters = inNamedProvince('province-admin', 'council-secretary');

const CouncilBody = Type.Object(
  { decision: CouncilDecision, members: Type.Array(CouncilMember), quorum: Type.Integer() },
  { additionalProperties: false },
);

/** A contest's council: recorded from the chair's decision, read by the council and the province's admins. */
export function councilRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/council',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['councils'],
          summary: "The contest's council",
          params: ContestParams,
          response: { 200: Council },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const judging = await prisma.$withProvince(code, (tx) =>
          contestJudging(tx, code, request.params.contestId),
        );
        requireCouncilReader(request, judging);
        const { council } = judging;
        if (!council)
          throw new HttpProblem(404, `The contest ${request.params.contestId} has no council yet`);
        return council;
      },
    );

    app.put(
      '/provinces/:code/contests/:contestId/council',
      {
        onRequest: councilWriters,
        schema: {
          tags: ['councils'],
          summary: "Record the council formed by the chair's decision, or replace it before judging starts",
          params: ContestParams,
          body: CouncilBody,
          response: { 200: Council },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const council = valueOf(validateCouncil({ ...request.body, contestId }));
        return prisma.$withProvince(code, async (tx) => {
          const contest = await judgedContest(tx, code, contestId);
          const existing = await tx.council.findFirst({ where: { contestId, provinceCode: code } });
          if (existing && contest.judgingStarted)
            throw new HttpProblem(
              409,
              'Judging has started: change the council one change at a time, with a reason',
              'about:blank',
              undefined,
              [
                {
                  field: '',
                  code: 'council.judging_started',
                  message: 'Judging has started: post each change with its reason to council/changes.',
                },
              ],
            );
          const written = {
            ...councilColumns(council),
            updatedBy: callerOf(request).userId,
            updatedAt: clock(),
          };
          await tx.council.upsert({
            where: { contestId },
            create: { ...written, contestId, provinceCode: code },
            update: written,
          });
          const context = { source: EVENT_SOURCE, tenant: code };
          if (existing)
            await writeToOutbox(
              tx,
              councilChanged,
              { council: councilState(council, code), reason: null },
              context,
            );
          else await writeToOutbox(tx, councilFormed, { council: councilState(council, code) }, context);
          return council;
        });
      },
    );
  };
}
