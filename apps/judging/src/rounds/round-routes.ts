import { callerOf } from '@cchc/auth';
import { advancementDecided, roundClosed } from '@cchc/contracts';
import { AdvancementRule, closeRound, findConflicts, pairKey, selectAdvancing } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, refusalOf, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assignmentsOf, replaceAssignments } from '../assignments/assignment-store.ts';
import { judgesOf, partiesOf, recusalsOf } from '../conflicts/contest-conflicts.ts';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders } from '../councils/council-routes.ts';
import { requireRound } from '../contests/judged-contest.ts';
import {
  contestJudging,
  lockContest,
  requireChair,
  requireCouncil,
  requireNotFinalised,
  rubricOf,
} from '../judging/contest-judging.ts';
import { sheetsOf } from '../scores/score-records.ts';
import type { Clock } from '../shared/clock.ts';
import {
  actingProvince,
  ContestParams,
  councilMembers,
  EVENT_SOURCE,
  RoundParams,
} from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { requireRoundOpen, roundEntries, roundState, storeClosedRound } from './round-state.ts';
import { roundView, RoundView } from './round-view.ts';

// Closing reads every score sheet of the round and stores the ranking in one transaction; a round of thousands of
// entries takes well under a second, but a busy database should not make the chair start over.
const CLOSING_TIMEOUT = { timeout: 30_000 };

/** A round's state and results, closing it, and the advancement to the oral defence. */
export function roundRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['rounds'],
          summary: 'Whether the round is open, and its ranked results once closed',
          params: RoundParams,
          response: { 200: RoundView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireCouncilReader(request, judging);
          return roundView(await roundState(tx, code, contestId, round));
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/rounds/:round/close',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['rounds'],
          summary:
            'The chair closes the round once every assigned score is in, or with the reason it closes without them; the results are computed, ranked and kept',
          params: RoundParams,
          body: Type.Object(
            { override: Type.Optional(Type.Object({ reason: Type.String({ maxLength: 2000 }) })) },
            { additionalProperties: false },
          ),
          response: { 200: RoundView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        const at = clock();
        return prisma.$withProvince(
          code,
          async (tx) => {
            await lockContest(tx, contestId, 'exclusive');
            const judging = await contestJudging(tx, code, contestId);
            requireRound(judging.contest, round);
            requireNotFinalised(judging);
            const chair = requireChair(judging, request);
            const state = await requireRoundOpen(tx, code, contestId, round);
            const [rubric, entries, assignments, scores] = await Promise.all([
              rubricOf(tx, code, contestId, round),
              roundEntries(tx, code, contestId, state),
              assignmentsOf(tx, code, contestId, round),
              sheetsOf(tx, code, contestId, round),
            ]);
            const results = valueOf(
              closeRound({
                rubric,
                entries: entries.map((entry) => ({
                  id: entry.id,
                  submittedAt: (entry.submittedAt ?? entry.syncedAt).toISOString(),
                })),
                assignments,
                scores,
                settings: judging.settings,
                override: request.body.override ?? null,
              }),
            );
            await storeClosedRound(tx, { province: code, contestId, round }, at, chair.userId, results);
            await writeToOutbox(
              tx,
              roundClosed,
              {
                contestId,
                provinceCode: code,
                round,
                closedAt: at.toISOString(),
                closedBy: chair.userId,
                maxTotal: results.maxTotal,
                aggregation: results.aggregation,
                normalised: results.normalised,
                override: results.override,
                results: results.results.map(({ entryId, rank, score, judgeCount, disagreement }) => ({
                  entryId,
                  rank,
                  score,
                  judgeCount,
                  disagreement,
                })),
                unscored: results.unscored,
              },
              { source: EVENT_SOURCE, tenant: code },
            );
            return roundView({ ...state, status: 'closed', closedAt: at, closedBy: chair.userId, results });
          },
          CLOSING_TIMEOUT,
        );
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/rounds/1/advancement',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['rounds'],
          summary:
            'The chair decides who goes on to the oral defence (the top N, or all at or above a score); round 2 opens with every council member without a conflict assigned to each',
          params: ContestParams,
          body: Type.Object({ rule: AdvancementRule }, { additionalProperties: false }),
          response: { 200: Type.Object({ advancing: Type.Array(Type.String()) }) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const at = clock();
        return prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'exclusive');
          const judging = await contestJudging(tx, code, contestId);
          requireNotFinalised(judging);
          requireRound(judging.contest, 2);
          requireChair(judging, request);
          const council = requireCouncil(judging);
          const first = await roundState(tx, code, contestId, 1);
          if (!first.results || first.advancing)
            throw new HttpProblem(
              409,
              first.advancing ? 'The advancement was already decided' : 'Close round 1 first',
              'about:blank',
              undefined,
              [
                first.advancing
                  ? {
                      field: '',
                      code: 'advancement.decided',
                      message: 'The entries going on to round 2 were already decided.',
                      messageVi: 'Danh sách sáng kiến vào vòng 2 đã được quyết định.',
                    }
                  : {
                      field: '',
                      code: 'advancement.round_open',
                      message: 'Round 1 must be closed before choosing who advances.',
                      messageVi: 'Cần kết thúc vòng 1 trước khi chọn sáng kiến vào vòng 2.',
                    },
              ],
            );
          const advancing = valueOf(selectAdvancing(first.results, request.body.rule));
          if (advancing.length === 0)
            throw refusalOf([
              {
                field: 'rule',
                code: 'advancement.none',
                kind: 'invalid',
                message: 'No entry reaches round 2 by this rule; choose a lower threshold or a number.',
                messageVi:
                  'Không có sáng kiến nào vào vòng 2 theo tiêu chí này; hãy hạ điểm sàn hoặc chọn số lượng.',
              },
            ]);
          await tx.judgingRound.update({
            where: { contestId_round: { contestId, round: 1 } },
            data: { advancing, advancementRule: request.body.rule },
          });
          const entries = await tx.entry.findMany({ where: { id: { in: advancing }, provinceCode: code } });
          const conflicted = new Set(
            findConflicts(
              judgesOf(council),
              entries.map(partiesOf),
              await recusalsOf(tx, code, contestId),
            ).map(({ judgeId, entryId }) => pairKey(judgeId, entryId)),
          );
          const everyFreeMember = advancing.flatMap((entryId) =>
            council.members
              .filter((member) => !conflicted.has(pairKey(member.userId, entryId)))
              .map((member) => ({ entryId, judgeId: member.userId })),
          );
          await replaceAssignments(tx, { province: code, contestId, round: 2 }, everyFreeMember, {
            how: 'advancement',
            by: callerOf(request).userId,
            at,
          });
          await writeToOutbox(
            tx,
            advancementDecided,
            { contestId, provinceCode: code, rule: request.body.rule, advancing },
            { source: EVENT_SOURCE, tenant: code },
          );
          return { advancing };
        });
      },
    );
  };
}
