import { callerOf } from '@cchc/auth';
import { settingsSet } from '@cchc/contracts';
import { JudgingSettings, validateJudgingSettings } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders, councilWriters } from '../councils/council-routes.ts';
import {
  contestJudging,
  lockContest,
  requireAdminOrSeat,
  requireNotFinalised,
  rubricOf,
} from '../judging/contest-judging.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, ContestParams, EVENT_SOURCE } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';

const SettingsOfContest = Type.Object({
  ...JudgingSettings.properties,
  isDefault: Type.Boolean({ description: 'Never set: these are the defaults' }),
});

/** How a contest's council aggregates, ranks and shows scores; the defaults until set. */
export function settingsRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/judging-settings',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['settings'],
          summary: "The contest's judging settings",
          params: ContestParams,
          response: { 200: SettingsOfContest },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireCouncilReader(request, judging);
          return { ...judging.settings, isDefault: judging.defaultSettings };
        });
      },
    );

    app.put(
      '/provinces/:code/contests/:contestId/judging-settings',
      {
        onRequest: councilWriters,
        schema: {
          tags: ['settings'],
          summary: 'Set how scores are aggregated, normalised, ranked and shown, and how rounds combine',
          params: ContestParams,
          body: JudgingSettings,
          response: { 200: SettingsOfContest },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'exclusive');
          const judging = await contestJudging(tx, code, contestId);
          requireAdminOrSeat(judging, request, 'secretary');
          requireNotFinalised(judging);
          const rubrics = await Promise.all(
            judging.contest.rounds.map((_, index) => rubricOf(tx, code, contestId, index + 1)),
          );
          const settings = valueOf(validateJudgingSettings(request.body, rubrics));
          const written = { settings, setBy: callerOf(request).userId, setAt: clock() };
          await tx.judgingSettings.upsert({
            where: { contestId },
            create: { ...written, contestId, provinceCode: code },
            update: written,
          });
          await writeToOutbox(
            tx,
            settingsSet,
            { contestId, provinceCode: code, settings },
            { source: EVENT_SOURCE, tenant: code },
          );
          return { ...settings, isDefault: false };
        });
      },
    );
  };
}
