import { callerOf } from '@cchc/auth';
import { rubricSet } from '@cchc/contracts';
import { Criterion, Rubric, validateRubric } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { refusalOf, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireRound } from '../contests/judged-contest.ts';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders, councilWriters } from '../councils/council-routes.ts';
import { contestJudging, lockContest, requireNotFinalised, rubricOf } from '../judging/contest-judging.ts';
import { requireRoundNotClosed, roundState } from '../rounds/round-state.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, EVENT_SOURCE, RoundParams } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';

const RubricOfRound = Type.Object({
  ...Rubric.properties,
  isDefault: Type.Boolean({ description: 'No rubric was set for the round: these are the default criteria' }),
});

/** The rubric each round of a contest is scored on; the default criteria until one is set. */
export function rubricRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/rubrics/:round',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['rubrics'],
          summary: "The round's rubric, or the default one when none was set",
          params: RoundParams,
          response: { 200: RubricOfRound },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireCouncilReader(request, judging);
          return rubricOf(tx, code, contestId, round);
        });
      },
    );

    app.put(
      '/provinces/:code/contests/:contestId/rubrics/:round',
      {
        onRequest: councilWriters,
        schema: {
          tags: ['rubrics'],
          summary: "Set the round's criteria",
          params: RoundParams,
          body: Type.Object({ criteria: Type.Array(Criterion) }, { additionalProperties: false }),
          response: { 200: RubricOfRound },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        const rubric = valueOf(validateRubric({ contestId, round, criteria: request.body.criteria }));
        return prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'exclusive');
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireNotFinalised(judging);
          requireRoundNotClosed(await roundState(tx, code, contestId, round));
          // Sheets are checked against the rubric when saved; a new rubric would leave them unreadable.
          if (
            await tx.score.findFirst({
              where: { contestId, round, provinceCode: code },
              select: { round: true },
            })
          )
            throw refusalOf([
              {
                field: 'criteria',
                code: 'rubric.scored',
                kind: 'conflict',
                message: 'Judges have started scoring this round; its criteria can no longer change.',
                messageVi: 'Thành viên Hội đồng đã bắt đầu chấm vòng này; không thể thay đổi tiêu chí chấm.',
              },
            ]);
          const written = { criteria: rubric.criteria, setBy: callerOf(request).userId, setAt: clock() };
          await tx.rubric.upsert({
            where: { contestId_round: { contestId, round } },
            create: { ...written, contestId, round, provinceCode: code },
            update: written,
          });
          await writeToOutbox(
            tx,
            rubricSet,
            { contestId, provinceCode: code, round, criteria: rubric.criteria },
            { source: EVENT_SOURCE, tenant: code },
          );
          return { ...rubric, isDefault: false };
        });
      },
    );
  };
}
