import { resultsFinalized } from '@cchc/contracts';
import { combineRounds, finalise, type FinalResult, type FinalResults } from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  contestJudging,
  lockContest,
  requireNotFinalised,
  requireSeat,
  runsJudging,
  type ContestJudging,
} from '../judging/contest-judging.ts';
import { roundState } from '../rounds/round-state.ts';
import { entryTitles } from '../judging/entry-titles.ts';
import type { Clock } from '../shared/clock.ts';
import { asJson } from '../shared/json.ts';
import {
  actingProvince,
  ContestParams,
  councilMembers,
  EVENT_SOURCE,
  inNamedProvince,
} from '../shared/province-routes.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';

const ResultsView = Type.Object({
  finalised: Type.Boolean(),
  finalisedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finalisedBy: Type.Union([Type.String(), Type.Null()]),
  weights: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
  results: Type.Array(
    Type.Object({
      entryId: Type.String(),
      entryTitle: Type.String(),
      rank: Type.Integer(),
      finalScore: Type.Number(),
      round1Score: Type.Number(),
      round1Rank: Type.Integer(),
      round2Score: Type.Union([Type.Number(), Type.Null()]),
      round2Rank: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

const weightsOf = (weights: readonly [number, number] | null): [number, number] | null =>
  weights ? [weights[0], weights[1]] : null;

/** The contest's ranking from its closed rounds; 409 while a round it needs is open. */
async function combinedResults(tx: TenantTransaction, judging: ContestJudging): Promise<FinalResults> {
  const { province, contest } = judging;
  const rounds = await Promise.all(
    contest.rounds.map((_, index) => roundState(tx, province, contest.id, index + 1)),
  );
  // Every round of the plan must be closed: a two-round contest is not ranked before its defence.
  const open = rounds.filter((round) => round.status !== 'closed');
  const first = rounds[0]!;
  if (open.length > 0 || !first.results)
    throw new HttpProblem(409, 'Close the rounds first', 'about:blank', undefined, [
      {
        field: '',
        code: 'results.round_open',
        message: `Round ${open[0]?.round ?? 1} is not closed yet.`,
        messageVi: `Vòng ${open[0]?.round ?? 1} chưa kết thúc.`,
        params: { round: open[0]?.round ?? 1 },
      },
    ]);
  const second = rounds[1]?.results ?? null;
  return valueOf(combineRounds(first.results, second, second ? judging.settings.roundWeights : null));
}

async function withTitles(tx: TenantTransaction, province: string, results: readonly FinalResult[]) {
  const titles = await entryTitles(
    tx,
    province,
    results.map((result) => result.entryId),
  );
  return results.map((result) => ({ ...result, entryTitle: titles.get(result.entryId) ?? '' }));
}

/** The final ranking: a preview from the closed rounds, then the chair's finalisation, which nothing changes after. */
export function resultsRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/results',
      {
        onRequest: inNamedProvince('province-admin', 'council-chair', 'council-secretary', 'judge'),
        schema: {
          tags: ['results'],
          summary:
            'The final ranking: as finalised, or a preview from the closed rounds for those who run the judging',
          params: ContestParams,
          response: { 200: ResultsView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          const row = await tx.finalisation.findFirst({ where: { contestId, provinceCode: code } });
          if (row) {
            if (!runsJudging(judging, request)) requireSeat(judging, request);
            return {
              finalised: true,
              finalisedAt: row.finalisedAt.toISOString(),
              finalisedBy: row.finalisedBy,
              weights: weightsOf(row.weights as [number, number] | null),
              results: await withTitles(tx, code, row.results as unknown as FinalResult[]),
            };
          }
          if (!runsJudging(judging, request)) throw new HttpProblem(403, 'The results are not final yet');
          const combined = await combinedResults(tx, judging);
          return {
            finalised: false,
            finalisedAt: null,
            finalisedBy: null,
            weights: weightsOf(combined.weights),
            results: await withTitles(tx, code, combined.results),
          };
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/finalisation',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['results'],
          summary:
            'The chair finalises the results: from then on no score or result changes, and rewards and reporting receive the ranking',
          params: ContestParams,
          response: { 200: ResultsView },
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
          const seat = requireSeat(judging, request);
          const combined = await combinedResults(tx, judging);
          const finalisation = valueOf(
            finalise(combined, { userId: seat.userId, councilRole: seat.role }, at, null),
          );
          await tx.finalisation.create({
            data: {
              contestId,
              provinceCode: code,
              finalisedBy: finalisation.finalisedBy,
              finalisedAt: at,
              weights: combined.weights ?? undefined,
              results: asJson(finalisation.results),
            },
          });
          await writeToOutbox(
            tx,
            resultsFinalized,
            {
              contestId,
              provinceCode: code,
              finalizedAt: finalisation.finalisedAt,
              finalizedBy: finalisation.finalisedBy,
              roundWeights: weightsOf(combined.weights),
              results: finalisation.results.map((result) => ({
                entryId: result.entryId,
                rank: result.rank,
                finalScore: result.finalScore,
                rounds: [
                  { round: 1, score: result.round1Score, rank: result.round1Rank },
                  ...(result.round2Rank === null
                    ? []
                    : [{ round: 2, score: result.round2Score!, rank: result.round2Rank }]),
                ],
              })),
            },
            { source: EVENT_SOURCE, tenant: code },
          );
          return {
            finalised: true,
            finalisedAt: finalisation.finalisedAt,
            finalisedBy: finalisation.finalisedBy,
            weights: weightsOf(combined.weights),
            results: await withTitles(tx, code, finalisation.results),
          };
        });
      },
    );
  };
}
