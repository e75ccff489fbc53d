import { callerOf } from '@cchc/auth';
import { rubricSet } from '@cchc/contracts';
import { Criterion, defaultRubric, Rubric, validateRubric } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { judgedContest, type JudgedContest } from '../contests/judged-contest.ts';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders, councilWriters } from '../councils/council-routes.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, ContestParams, EVENT_SOURCE } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';

const RoundParams = Type.Object({
  ...ContestParams.properties,
  round: Type.Integer({ minimum: 1, maximum: 2 }),
});
const RubricOfRound = Type.Object({
  ...Rubric.properties,
  isDefault: Type.Boolean({ description: 'No rubric was set for the round: these are the default criteria' }),
});

function requireRound(contest: JudgedContest, round: number) {
  if (round > contest.roundCount)
    throw new HttpProblem(404, `The contest ${contest.id} has ${contest.roundCount} round(s), not ${round}`);
}

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
        const row = await prisma.$withProvince(code, async (tx) => {
          requireRound(await judgedContest(tx, code, contestId), round);
          await requireCouncilReader(request, tx, code, contestId);
          return tx.rubric.findFirst({ where: { contestId, round, provinceCode: code } });
        });
        if (!row) return { ...defaultRubric(contestId, round), isDefault: true };
        return { contestId, round, criteria: row.criteria as Criterion[], isDefault: false };
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
          requireRound(await judgedContest(tx, code, contestId), round);
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
