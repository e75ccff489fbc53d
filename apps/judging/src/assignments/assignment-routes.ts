import { callerOf } from '@cchc/auth';
import {
  Assignment,
  AssignmentOverride,
  assignJudges,
  overrideAssignment,
  pairKey,
  validateAssignmentRows,
  type Council,
  type Problem,
} from '@cchc/judging-domain';
import { refusalOf, valueOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { contestConflicts } from '../conflicts/contest-conflicts.ts';
import { requireRound } from '../contests/judged-contest.ts';
import {
  contestJudging,
  lockContest,
  requireAdminOrSeat,
  requireCouncil,
  requireNotFinalised,
} from '../judging/contest-judging.ts';
import { requireRoundOpen, roundEntries } from '../rounds/round-state.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, inNamedProvince, judgingRunners, RoundParams } from '../shared/province-routes.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';
import { sheetsOf } from '../scores/score-records.ts';
import { fieldInSheet, readAssignmentSheet } from './assignment-sheet.ts';
import { assignmentsOf, replaceAssignments, type AssignmentChange } from './assignment-store.ts';

const SHEET_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const assigners = () => inNamedProvince('province-admin', 'council-secretary');

const JudgeProgress = Type.Object({
  judgeId: Type.String(),
  name: Type.String(),
  assigned: Type.Integer(),
  submitted: Type.Integer(),
  drafts: Type.Integer(),
});
const RoundAssignments = Type.Object({
  assignments: Type.Array(Assignment),
  progress: Type.Array(JudgeProgress),
});
const RuleProblem = Type.Object({
  field: Type.String(),
  code: Type.String(),
  kind: Type.String(),
  message: Type.String(),
  messageVi: Type.Optional(Type.String()),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

/** Each council member's share of the round and how far they are with it: sheets of pairs still assigned. */
async function progressOf(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  council: Council | null,
  round: number,
  assignments: readonly Assignment[],
) {
  const assigned = new Set(assignments.map(({ judgeId, entryId }) => pairKey(judgeId, entryId)));
  const sheets = (await sheetsOf(tx, province, contestId, round)).filter(({ judgeId, entryId }) =>
    assigned.has(pairKey(judgeId, entryId)),
  );
  const count = (judgeId: string, state: string) =>
    sheets.filter((sheet) => sheet.judgeId === judgeId && sheet.state === state).length;
  // A member who left the council keeps their assignments until they are moved, and closing still waits for them.
  const members = council?.members ?? [];
  const former = [...new Set(assignments.map((assignment) => assignment.judgeId))]
    .filter((judgeId) => !members.some((member) => member.userId === judgeId))
    .map((judgeId) => ({ userId: judgeId, name: judgeId }));
  return [...members, ...former].map(({ userId, name }) => ({
    judgeId: userId,
    name,
    assigned: assignments.filter((assignment) => assignment.judgeId === userId).length,
    submitted: count(userId, 'submitted'),
    drafts: count(userId, 'draft'),
  }));
}

/** Who scores what: automatic assignment, overrides, imports, and each judge's progress. */
export function assignmentRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    for (const type of SHEET_TYPES)
      app.addContentTypeParser(
        type,
        { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 },
        (_request, body, done) => done(null, body),
      );

    /** Reads what a change needs, refuses it once the round is closed or the results final, and writes it. */
    async function changeAssignments(
      request: FastifyRequest,
      { contestId, round }: { contestId: string; round: number },
      how: AssignmentChange,
      plan: (
        tx: TenantTransaction,
        context: {
          council: Council;
          entryIds: string[];
          current: Assignment[];
          conflicts: Awaited<ReturnType<typeof contestConflicts>>;
        },
      ) => Promise<Assignment[]>,
    ) {
      const code = actingProvince(request);
      return prisma.$withProvince(code, async (tx) => {
        await lockContest(tx, contestId, 'exclusive');
        const judging = await contestJudging(tx, code, contestId);
        requireRound(judging.contest, round);
        requireAdminOrSeat(judging, request, 'secretary');
        requireNotFinalised(judging);
        const council = requireCouncil(judging);
        const state = await requireRoundOpen(tx, code, contestId, round);
        const entries = await roundEntries(tx, code, contestId, state);
        const conflicts = await contestConflicts(tx, code, council, entries);
        const current = await assignmentsOf(tx, code, contestId, round);
        const next = await plan(tx, {
          council,
          entryIds: entries.map((entry) => entry.id),
          current,
          conflicts,
        });
        await replaceAssignments(tx, { province: code, contestId, round }, next, {
          how,
          by: callerOf(request).userId,
          at: clock(),
        });
        return next;
      });
    }

    app.get(
      '/provinces/:code/contests/:contestId/rounds/:round/assignments',
      {
        onRequest: judgingRunners(),
        schema: {
          tags: ['assignments'],
          summary: "The round's assignments and each council member's progress",
          params: RoundParams,
          response: { 200: RoundAssignments },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId, round } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, round);
          requireAdminOrSeat(judging, request, 'chair', 'secretary');
          const assignments = await assignmentsOf(tx, code, contestId, round);
          return {
            assignments,
            progress: await progressOf(tx, code, contestId, judging.council, round, assignments),
          };
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/rounds/:round/assignments/automatic',
      {
        onRequest: assigners(),
        schema: {
          tags: ['assignments'],
          summary:
            'Assign each entry to k judges, load balanced and never to a conflicted judge; pairs already scored are kept',
          params: RoundParams,
          body: Type.Object(
            { judgesPerEntry: Type.Integer({ minimum: 1, maximum: 50 }), seed: Type.Optional(Type.String()) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ assignments: Type.Array(Assignment), problems: Type.Array(RuleProblem) }),
          },
        },
      },
      async (request) => {
        let problems: Problem[] = [];
        const assignments = await changeAssignments(
          request,
          request.params,
          'automatic',
          async (tx, context) => {
            const scored = await tx.score.findMany({
              where: {
                contestId: context.council.contestId,
                round: request.params.round,
                provinceCode: actingProvince(request),
              },
              select: { entryId: true, judgeId: true },
            });
            const hasScore = new Set(scored.map(({ entryId, judgeId }) => pairKey(judgeId, entryId)));
            const plan = valueOf(
              assignJudges(
                context.entryIds.map((id) => ({ id })),
                context.council.members,
                request.body.judgesPerEntry,
                {
                  conflicts: context.conflicts,
                  existing: context.current.filter((a) => hasScore.has(pairKey(a.judgeId, a.entryId))),
                  seed: request.body.seed ?? context.council.contestId,
                },
              ),
            );
            problems = plan.problems;
            return plan.assignments;
          },
        );
        return { assignments, problems };
      },
    );

    app.post(
      '/provinces/:code/contests/:contestId/rounds/:round/assignments/overrides',
      {
        onRequest: assigners(),
        schema: {
          tags: ['assignments'],
          summary: 'Add a judge to an entry, remove one, or swap them',
          params: RoundParams,
          body: AssignmentOverride,
          response: { 200: Type.Object({ assignments: Type.Array(Assignment) }) },
        },
      },
      async (request) => ({
        assignments: await changeAssignments(request, request.params, 'override', async (_tx, context) =>
          valueOf(
            overrideAssignment(context.current, request.body, {
              conflicts: context.conflicts,
              entryIds: context.entryIds,
              judgeIds: context.council.members.map((member) => member.userId),
            }),
          ),
        ),
      }),
    );

    app.post(
      '/provinces/:code/contests/:contestId/rounds/:round/assignments/import',
      {
        onRequest: assigners(),
        schema: {
          tags: ['assignments'],
          summary:
            "Replace the round's assignments with a CSV or XLSX file: a header line entry_id,judge_id (or ma_bai,ma_thanh_vien), one pair per line; all lines are checked first and nothing is written when one is wrong",
          params: RoundParams,
          response: { 200: Type.Object({ assignments: Type.Array(Assignment) }) },
        },
      },
      async (request) => {
        const body = request.body;
        if (!Buffer.isBuffer(body))
          throw refusalOf([
            {
              field: '',
              code: 'assignment.sheet.type',
              kind: 'invalid',
              message: `Send the file as ${SHEET_TYPES.join(' or ')}.`,
              messageVi: 'Hãy gửi tệp CSV hoặc Excel (.xlsx).',
            },
          ]);
        const sheet = await readAssignmentSheet(body);
        return {
          assignments: await changeAssignments(request, request.params, 'import', async (_tx, context) => {
            const result = validateAssignmentRows(
              sheet.rows,
              context.entryIds,
              context.council.members.map((member) => member.userId),
              context.conflicts,
            );
            if (!result.ok)
              throw refusalOf(
                result.problems.map((problem) => ({ ...problem, field: fieldInSheet(problem.field, sheet) })),
              );
            return result.value;
          }),
        };
      },
    );
  };
}
