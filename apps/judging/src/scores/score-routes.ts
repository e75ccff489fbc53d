import { callerOf } from '@cchc/auth';
import { scoreSubmitted } from '@cchc/contracts';
import {
  conflictsOf,
  judgeTotal,
  saveScore,
  Score,
  ScoreState,
  scoreChange,
  visibleScores,
} from '@cchc/judging-domain';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { partiesOf, recusalsOf } from '../conflicts/contest-conflicts.ts';
import { requireRound } from '../contests/judged-contest.ts';
import { EntryView, entryView } from '../judging/entry-view.ts';
import {
  contestJudging,
  lockContest,
  requireAdminOrSeat,
  requireNotFinalised,
  requireSeat,
  rubricOf,
} from '../judging/contest-judging.ts';
import { requireRoundOpened, roundState } from '../rounds/round-state.ts';
import type { Clock } from '../shared/clock.ts';
import { asJson } from '../shared/json.ts';
import {
  actingProvince,
  councilMembers,
  EVENT_SOURCE,
  judgingRunners,
  RoundParams,
} from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { scoreOf } from './score-records.ts';

const EntryParams = Type.Object({ ...RoundParams.properties, entryId: Type.String({ format: 'uuid' }) });

const ScoreChangeSchema = Type.Object({
  entryId: Type.String(),
  judgeId: Type.String(),
  round: Type.Integer(),
  by: Type.String(),
  at: Type.String({ format: 'date-time' }),
  points: Type.Array(
    Type.Object({
      criterion: Type.String(),
      old: Type.Union([Type.Number(), Type.Null()]),
      new: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  comment: Type.Union([
    Type.Object({ old: Type.Union([Type.String(), Type.Null()]), new: Type.String() }),
    Type.Null(),
  ]),
  state: Type.Union([
    Type.Object({ old: Type.Union([ScoreState, Type.Null()]), new: ScoreState }),
    Type.Null(),
  ]),
});

/** Score sheets: a judge's own, what council members may see of others', and their history. */
export function scoreRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/my-entries',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['scores'],
          summary: 'The entries you score in the round, blind where the contest says so, with your sheet',
          params: RoundParams,
          response: {
            200: Type.Array(Type.Object({ entry: EntryView, score: Type.Union([Score, Type.Null()]) })),
          },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          const judgeId = requireSeat(judging, request).userId;
          const assigned = await tx.assignment.findMany({
            where: { contestId, round, judgeId, provinceCode: code },
            select: { entryId: true },
          });
          const ids = assigned.map((assignment) => assignment.entryId);
          const [entries, scores] = await Promise.all([
            tx.entry.findMany({
              where: { id: { in: ids }, provinceCode: code },
              orderBy: { submittedAt: 'asc' },
            }),
            tx.score.findMany({
              where: { contestId, round, judgeId, entryId: { in: ids }, provinceCode: code },
            }),
          ]);
          return entries.map((entry) => {
            const score = scores.find((row) => row.entryId === entry.id);
            return { entry: entryView(entry, judging.contest.blind), score: score ? scoreOf(score) : null };
          });
        });
      },
    );

    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/entries/:entryId/score',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['scores'],
          summary: 'Your score sheet for the entry',
          params: EntryParams,
          response: { 200: Score },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round, entryId } = request.params;
        const row = await prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          const judgeId = requireSeat(judging, request).userId;
          return tx.score.findFirst({ where: { contestId, round, entryId, judgeId, provinceCode: code } });
        });
        if (!row) throw new HttpProblem(404, 'You have not saved a score for this entry yet');
        return scoreOf(row);
      },
    );

    app.put(
      '/provinces/:code/contests/:contestId/rounds/:round/entries/:entryId/score',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['scores'],
          summary:
            'Save your score sheet as a draft or submit it; it can be corrected until the round closes, and every change is kept',
          params: EntryParams,
          body: Type.Object(
            {
              points: Score.properties.points,
              comment: Type.String({ maxLength: 5000 }),
              state: ScoreState,
            },
            { additionalProperties: false },
          ),
          response: { 200: Score },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round, entryId } = request.params;
        const at = clock();
        return prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'shared');
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireNotFinalised(judging);
          const judge = requireSeat(judging, request);
          const state = await roundState(tx, code, contestId, round);
          requireRoundOpened(state);
          const entry = await tx.entry.findFirst({ where: { id: entryId, contestId, provinceCode: code } });
          if (!entry) throw new HttpProblem(404, `No entry ${entryId} in contest ${contestId}`);
          const where = { contestId, round, entryId, judgeId: judge.userId, provinceCode: code };
          const [rubric, recusals, assignment, previousRow] = await Promise.all([
            rubricOf(tx, code, contestId, round),
            recusalsOf(tx, code, contestId),
            tx.assignment.findFirst({ where }),
            tx.score.findFirst({ where }),
          ]);
          const previous = previousRow ? scoreOf(previousRow) : null;
          const next = { entryId, judgeId: judge.userId, round, ...request.body };
          const saved = valueOf(
            saveScore(rubric, previous, next, {
              conflicts: conflictsOf(judge, partiesOf(entry), recusals),
              assigned: assignment !== null,
              roundClosed: state.status === 'closed',
              finalised: judging.finalised,
            }),
          );
          const change = scoreChange(previous, saved, callerOf(request).userId, at);
          if (!change) return saved;
          const submittedAt = saved.state === 'submitted' ? (previousRow?.submittedAt ?? at) : null;
          const columns = {
            points: saved.points,
            comment: saved.comment,
            state: saved.state,
            savedAt: at,
            submittedAt,
          };
          await tx.score.upsert({
            where: { contestId_round_entryId_judgeId: { contestId, round, entryId, judgeId: judge.userId } },
            create: { ...where, ...columns },
            update: columns,
          });
          await tx.scoreChange.create({
            data: { ...where, change: asJson(change), changedBy: change.by, changedAt: at },
          });
          if (saved.state === 'submitted')
            await writeToOutbox(
              tx,
              scoreSubmitted,
              {
                contestId,
                provinceCode: code,
                round,
                entryId,
                judgeId: judge.userId,
                points: saved.points,
                total: judgeTotal(rubric, saved.points),
                submittedAt: (submittedAt ?? at).toISOString(),
              },
              { source: EVENT_SOURCE, tenant: code },
            );
          return saved;
        });
      },
    );

    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/scores',
      {
        onRequest: councilMembers(),
        schema: {
          tags: ['scores'],
          summary:
            "The round's score sheets you may see: yours; the chair's and secretary's view of all; others' once the round is closed (or before, when the contest allows)",
          params: RoundParams,
          response: { 200: Type.Array(Score) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          const seat = requireSeat(judging, request);
          const [state, rows, recusals, entries] = await Promise.all([
            roundState(tx, code, contestId, round),
            tx.score.findMany({
              where: { contestId, round, provinceCode: code },
              orderBy: [{ entryId: 'asc' }, { judgeId: 'asc' }],
            }),
            recusalsOf(tx, code, contestId),
            tx.entry.findMany({ where: { contestId, provinceCode: code } }),
          ]);
          const conflictedEntryIds = entries
            .filter((entry) => conflictsOf(seat, partiesOf(entry), recusals).length > 0)
            .map((entry) => entry.id);
          return visibleScores(
            rows.map(scoreOf),
            { userId: seat.userId, councilRole: seat.role },
            {
              roundClosed: state.status === 'closed',
              showOthersBeforeClose: judging.settings.showOthersBeforeClose,
              conflictedEntryIds,
            },
          );
        });
      },
    );

    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/entries/:entryId/score-history',
      {
        onRequest: judgingRunners(),
        schema: {
          tags: ['scores'],
          summary:
            "Every change to the entry's score sheets in the round, oldest first: who, when, old and new",
          params: EntryParams,
          response: { 200: Type.Array(ScoreChangeSchema) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round, entryId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          requireAdminOrSeat(await contestJudging(tx, code, contestId), request, 'chair', 'secretary');
          const rows = await tx.scoreChange.findMany({
            where: { contestId, round, entryId, provinceCode: code },
            orderBy: { changedAt: 'asc' },
          });
          return rows.map((row) => row.change as Static<typeof ScoreChangeSchema>);
        });
      },
    );
  };
}
