import { callerOf } from '@cchc/auth';
import { recusalDeclared } from '@cchc/contracts';
import { ConflictReason } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assignmentsOf, replaceAssignments } from '../assignments/assignment-store.ts';
import {
  contestJudging,
  lockContest,
  requireAdminOrSeat,
  requireCouncil,
  requireNotFinalised,
  requireSeat,
} from '../judging/contest-judging.ts';
import { roundEntries, roundState } from '../rounds/round-state.ts';
import type { Clock } from '../shared/clock.ts';
import {
  actingProvince,
  ContestParams,
  councilMembers,
  EVENT_SOURCE,
  judgingRunners,
} from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { contestConflicts } from './contest-conflicts.ts';

const ConflictRow = Type.Object({
  judgeId: Type.String(),
  judgeName: Type.String(),
  entryId: Type.String(),
  entryTitle: Type.String(),
  reasons: Type.Array(ConflictReason),
});

const RecusalBody = Type.Object(
  {
    entryId: Type.String({ format: 'uuid' }),
    reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

/** Conflicts of interest: the automatic ones and the recusals members declare. */
export function conflictRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/conflicts',
      {
        onRequest: judgingRunners(),
        schema: {
          tags: ['conflicts'],
          summary: "Every council member's conflicts of interest with the contest's entries",
          params: ContestParams,
          response: { 200: Type.Array(ConflictRow) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, request.params.contestId);
          requireAdminOrSeat(judging, request, 'chair', 'secretary');
          const council = judging.council;
          if (!council) return [];
          const entries = await roundEntries(tx, code, council.contestId, { round: 1 });
          const conflicts = await contestConflicts(tx, code, council, entries);
          const names = new Map(council.members.map((member) => [member.userId, member.name]));
          const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
          return conflicts.map((conflict) => ({
            ...conflict,
            judgeName: names.get(conflict.judgeId)!,
            entryTitle: titles.get(conflict.entryId)!,
          }));
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/recusals',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['conflicts'],
          summary: 'Declare a conflict of interest with an entry: you will not be assigned it nor score it',
          params: ContestParams,
          body: RecusalBody,
          response: {
            201: Type.Object({
              judgeId: Type.String(),
              entryId: Type.String(),
              reason: Type.String(),
              declaredAt: Type.String({ format: 'date-time' }),
            }),
          },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const { entryId } = request.body;
        const reason = request.body.reason.trim();
        const at = clock();
        const recusal = await prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'exclusive');
          const judging = await contestJudging(tx, code, contestId);
          requireCouncil(judging);
          requireNotFinalised(judging);
          const judgeId = requireSeat(judging, request).userId;
          const entry = await tx.entry.findFirst({ where: { id: entryId, contestId, provinceCode: code } });
          if (!entry) throw new HttpProblem(404, `No entry ${entryId} in contest ${contestId}`);
          const row = { contestId, judgeId, entryId, provinceCode: code, reason, declaredAt: at };
          await tx.recusal.upsert({
            where: { contestId_judgeId_entryId: { contestId, judgeId, entryId } },
            create: row,
            update: { reason, declaredAt: at },
          });
          for (const [index] of judging.contest.rounds.entries()) {
            const round = index + 1;
            if ((await roundState(tx, code, contestId, round)).status === 'closed') continue;
            const assignments = await assignmentsOf(tx, code, contestId, round);
            await replaceAssignments(
              tx,
              { province: code, contestId, round },
              assignments.filter((a) => !(a.judgeId === judgeId && a.entryId === entryId)),
              { how: 'recusal', by: callerOf(request).userId, at },
            );
          }
          await writeToOutbox(
            tx,
            recusalDeclared,
            { contestId, provinceCode: code, judgeId, entryId, reason },
            { source: EVENT_SOURCE, tenant: code },
          );
          return { judgeId, entryId, reason, declaredAt: at.toISOString() };
        });
        return reply.code(201).send(recusal);
      },
    );
  };
}
