import { renderMinutes, type MinutesInput } from '@cchc/judging-minutes';
import { findConflicts, type Council, type RoundResults } from '@cchc/judging-domain';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { judgesOf, partiesOf } from '../conflicts/contest-conflicts.ts';
import { requireRound } from '../contests/judged-contest.ts';
import {
  contestJudging,
  requireAdminOrSeat,
  requireCouncil,
  rubricOf,
  type ContestJudging,
} from '../judging/contest-judging.ts';
import { roundEntries, roundState, type RoundState } from '../rounds/round-state.ts';
import { actingProvince, judgingRunners, RoundParams } from '../shared/province-routes.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';

const nameOf = (council: Council, userId: string) =>
  council.members.find((member) => member.userId === userId)?.name ?? userId;

/** Everything the minutes of a closed round print, gathered from the contest's tables. */
async function minutesOf(
  tx: TenantTransaction,
  judging: ContestJudging,
  state: RoundState & { results: RoundResults; closedAt: Date },
): Promise<MinutesInput> {
  const { province, contest } = judging;
  const council = requireCouncil(judging);
  const round = state.round as 1 | 2;
  const [provinceRow, rubric, entries, recusals, scorers] = await Promise.all([
    tx.province.findUnique({ where: { code: province } }),
    rubricOf(tx, province, contest.id, round),
    roundEntries(tx, province, contest.id, state),
    // The minutes of a round tell of the recusals made by the time it closed.
    tx.recusal.findMany({
      where: { contestId: contest.id, provinceCode: province, declaredAt: { lte: state.closedAt } },
      orderBy: { declaredAt: 'asc' },
    }),
    tx.score.findMany({
      where: { contestId: contest.id, round, provinceCode: province, state: 'submitted' },
      distinct: ['judgeId'],
      select: { judgeId: true },
    }),
  ]);
  const units = new Map(
    (
      await tx.unit.findMany({
        where: {
          id: {
            in: [...entries, ...council.members].flatMap((holder) => (holder.unitId ? [holder.unitId] : [])),
          },
        },
        select: { id: true, name: true },
      })
    ).map((unit) => [unit.id, unit.name]),
  );
  const unitName = (id: string | null) => (id ? (units.get(id) ?? null) : null);
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const title = (id: string) => entryById.get(id)?.title ?? id;
  const labels = new Map(rubric.criteria.map((criterion) => [criterion.key, criterion.labelVi]));
  const tookPart = new Set([...scorers.map((row) => row.judgeId), state.closedBy]);
  const inRound = recusals.filter((recusal) => entryById.has(recusal.entryId));
  // Found without the recusals, so only same-unit and author conflicts; the test on the kind narrows the type.
  const automatic = findConflicts(judgesOf(council), entries.map(partiesOf)).flatMap((conflict) =>
    conflict.reasons.flatMap((reason) =>
      reason.kind === 'declared'
        ? []
        : [
            {
              judgeName: nameOf(council, conflict.judgeId),
              entryTitle: title(conflict.entryId),
              reason: reason.kind,
            },
          ],
    ),
  );
  const { results } = state;
  return {
    provinceName: provinceRow?.name ?? province,
    contestTitle: contest.title,
    round,
    roundKind: contest.rounds[round - 1]?.kind ?? 'written',
    decision: council.decision,
    closedAt: state.closedAt.toISOString(),
    closedBy: nameOf(council, state.closedBy ?? ''),
    quorum: council.quorum,
    members: council.members.map((member) => ({
      name: member.name,
      role: member.role,
      unitName: member.unitId ? (units.get(member.unitId) ?? null) : null,
      present: tookPart.has(member.userId),
    })),
    recusals: inRound.map((recusal) => ({
      judgeName: nameOf(council, recusal.judgeId),
      entryTitle: title(recusal.entryId),
      reason: recusal.reason,
    })),
    conflicts: automatic,
    criteria: rubric.criteria.map(({ labelVi, maxPoints, weight }) => ({
      labelVi,
      maxPoints,
      ...(weight === undefined ? {} : { weight }),
    })),
    aggregation: results.aggregation,
    normalised: results.normalised,
    tieBreaks: results.tieBreaks.map((key) => labels.get(key) ?? key),
    maxTotal: results.maxTotal,
    results: results.results.map((result) => ({
      rank: result.rank,
      entryTitle: title(result.entryId),
      unitName: unitName(entryById.get(result.entryId)?.unitId ?? null),
      score: result.score,
      judgeCount: result.judgeCount,
      disagreement: result.disagreement,
    })),
    unscoredTitles: results.unscored.map(title),
    override: results.override,
    advancing: state.advancing?.map(title) ?? null,
  };
}

/** The minutes (biên bản) of a closed round as a PDF in Vietnamese. */
export function minutesRoute(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/minutes.pdf',
      {
        onRequest: judgingRunners(),
        schema: {
          tags: ['results'],
          summary:
            'The minutes (biên bản) of a closed round in Vietnamese: members present, recusals and conflicts, method, ranked results',
          params: RoundParams,
          produces: ['application/pdf'],
          response: { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        const input = await prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireAdminOrSeat(judging, request, 'chair', 'secretary');
          const state = await roundState(tx, code, contestId, round);
          if (!state.results || !state.closedAt)
            throw new HttpProblem(
              409,
              `Round ${round} is not closed: its minutes are written when it closes`,
            );
          return minutesOf(tx, judging, { ...state, results: state.results, closedAt: state.closedAt });
        });
        const pdf = await renderMinutes(input);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="bien-ban-vong-${round}.pdf"`)
          .send(Buffer.from(pdf));
      },
    );
  };
}
