import { callerOf } from '@cchc/auth';
import { contestCreated, contestStatusChanged, contestUpdated } from '@cchc/contracts';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import {
  applyContestEdit,
  Contest,
  ContestInput,
  ContestPatch,
  ContestStatus,
  copyContestToYear,
  quotaStandings,
  transitionContest,
  validateContestInput,
} from '@cchc/submissions-domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  actingProvince,
  EVENT_SOURCE,
  inNamedProvince,
  ProvinceCode,
  Uuid,
} from '../shared/province-routes.ts';
import type { Clock } from '../shared/clock.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';
import { standingUnits } from '../registry/unit-tree.ts';
import { contestColumns, contestOf, contestState, inputOf } from './contest-records.ts';

const ProvinceParams = Type.Object({ code: ProvinceCode });
const ContestParams = Type.Object({
  code: ProvinceCode,
  id: Uuid,
});
const member = inNamedProvince();
const organiser = inNamedProvince('province-admin', 'platform-admin');

const QuotaStanding = Type.Object({
  unitId: Type.String(),
  unitCode: Type.String(),
  unitName: Type.String(),
  counted: Type.Integer(),
  required: Type.Integer(),
  missing: Type.Integer(),
});

export async function contestIn(tx: TenantTransaction, province: string, id: string): Promise<Contest> {
  const row = await tx.contest.findFirst({ where: { id, provinceCode: province } });
  if (!row) throw new HttpProblem(404, `No contest ${id} in province ${province}`);
  return contestOf(row);
}

/** Contests: a province admin defines them from a plan and moves them through their lifecycle. */
export function contestRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests',
      {
        onRequest: member,
        schema: {
          tags: ['contests'],
          summary: "The province's contests, newest first",
          params: ProvinceParams,
          querystring: Type.Object({
            status: Type.Optional(ContestStatus),
            year: Type.Optional(Type.Integer()),
          }),
          response: { 200: Type.Array(Contest) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { status, year } = request.query;
        const rows = await prisma.$withProvince(code, (tx) =>
          tx.contest.findMany({
            where: {
              provinceCode: code,
              ...(status ? { status } : {}),
              ...(year ? { startYear: { lte: year }, endYear: { gte: year } } : {}),
            },
            orderBy: [{ startYear: 'desc' }, { createdAt: 'desc' }],
          }),
        );
        return rows.map(contestOf);
      },
    );

    app.post(
      '/provinces/:code/contests',
      {
        onRequest: organiser,
        schema: {
          tags: ['contests'],
          summary: 'Create a contest (a draft) from a plan',
          params: ProvinceParams,
          body: ContestInput,
          response: { 201: Contest },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const input = valueOf(validateContestInput(request.body));
        const created = await prisma.$withProvince(code, async (tx) => {
          const row = await tx.contest.create({
            data: { ...contestColumns(input), provinceCode: code, createdBy: callerOf(request).userId },
          });
          const contest = contestOf(row);
          await writeToOutbox(
            tx,
            contestCreated,
            { contest: contestState(contest), copiedFrom: null },
            { source: EVENT_SOURCE, tenant: code },
          );
          return contest;
        });
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/provinces/:code/contests/:id',
      {
        onRequest: member,
        schema: { tags: ['contests'], params: ContestParams, response: { 200: Contest } },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, (tx) => contestIn(tx, code, request.params.id));
      },
    );

    app.patch(
      '/provinces/:code/contests/:id',
      {
        onRequest: organiser,
        schema: {
          tags: ['contests'],
          summary: "Change a contest's settings (which ones depends on its status)",
          params: ContestParams,
          body: ContestPatch,
          response: { 200: Contest },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, async (tx) => {
          const current = await contestIn(tx, code, request.params.id);
          const changed = valueOf(applyContestEdit(current, request.body));
          const keys = Object.keys(request.body).filter(
            (key) =>
              JSON.stringify(current[key as keyof Contest]) !== JSON.stringify(changed[key as keyof Contest]),
          );
          if (!keys.length) return current;
          const row = await tx.contest.update({
            where: { id: current.id },
            data: { ...contestColumns(inputOf(changed)), revision: { increment: 1 } },
          });
          const contest = contestOf(row);
          await writeToOutbox(
            tx,
            contestUpdated,
            { contest: contestState(contest), changed: keys },
            { source: EVENT_SOURCE, tenant: code },
          );
          return contest;
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:id/status',
      {
        onRequest: organiser,
        schema: {
          tags: ['contests'],
          summary:
            'Move a contest to another status (draft → open → closed → judging → finalized → archived)',
          params: ContestParams,
          body: Type.Object({ status: ContestStatus }, { additionalProperties: false }),
          response: { 200: Contest },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, async (tx) => {
          const current = await contestIn(tx, code, request.params.id);
          // A copied draft is incomplete until edited: it opens only once its whole definition holds.
          if (request.body.status === 'open') valueOf(validateContestInput(inputOf(current)));
          const status = valueOf(transitionContest(current, request.body.status, clock()));
          const row = await tx.contest.update({
            where: { id: current.id },
            data: { status, revision: { increment: 1 } },
          });
          const contest = contestOf(row);
          await writeToOutbox(
            tx,
            contestStatusChanged,
            { contest: contestState(contest), previousStatus: current.status },
            { source: EVENT_SOURCE, tenant: code },
          );
          return contest;
        });
      },
    );

    app.post(
      '/provinces/:code/contests/:id/copy',
      {
        onRequest: organiser,
        schema: {
          tags: ['contests'],
          summary: "Start a new year's edition as a draft copied from this contest",
          params: ContestParams,
          body: Type.Object(
            { startYear: Type.Integer({ minimum: 2000, maximum: 2100 }) },
            { additionalProperties: false },
          ),
          response: { 201: Contest },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const copy = await prisma.$withProvince(code, async (tx) => {
          const source = await contestIn(tx, code, request.params.id);
          const input = copyContestToYear(source, request.body.startYear);
          const row = await tx.contest.create({
            data: {
              ...contestColumns(input),
              provinceCode: code,
              copiedFrom: source.id,
              createdBy: callerOf(request).userId,
            },
          });
          const contest = contestOf(row);
          await writeToOutbox(
            tx,
            contestCreated,
            { contest: contestState(contest), copiedFrom: source.id },
            { source: EVENT_SOURCE, tenant: code },
          );
          return contest;
        });
        return reply.code(201).send(copy);
      },
    );

    app.get(
      '/provinces/:code/contests/:id/quota',
      {
        onRequest: organiser,
        schema: {
          tags: ['contests'],
          summary:
            "Each active unit's standing against the contest's quota; those with missing > 0 have not met it",
          params: ContestParams,
          response: { 200: Type.Array(QuotaStanding) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, async (tx) => {
          const contest = await contestIn(tx, code, request.params.id);
          const units = await tx.unit.findMany({ where: { provinceCode: code }, orderBy: { code: 'asc' } });
          const entries = await tx.entry.findMany({
            where: { contestId: contest.id },
            select: { unitId: true, status: true },
          });
          // A merged unit's entries count for the unit that took it in.
          const standingOf = standingUnits(units);
          const counted = entries.map((entry) => ({
            ...entry,
            unitId: entry.unitId && (standingOf.get(entry.unitId) ?? entry.unitId),
          }));
          return quotaStandings(contest, units, counted).map((standing) => ({
            unitId: standing.unit.id,
            unitCode: standing.unit.code,
            unitName: standing.unit.name,
            counted: standing.counted,
            required: standing.required,
            missing: standing.missing,
          }));
        });
      },
    );
  };
}
