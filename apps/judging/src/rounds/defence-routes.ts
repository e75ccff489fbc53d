import { defenceScheduled } from '@cchc/contracts';
import { earliestDefenceDate, scheduleDefence } from '@cchc/judging-domain';
import { writeAllToOutbox } from '@cchc/messaging';
import { HttpProblem, refusalOf } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireCouncilReader } from '../councils/council-access.ts';
import { councilReaders } from '../councils/council-routes.ts';
import { requireRound, type JudgedContest } from '../contests/judged-contest.ts';
import type { DefenceSlot as SlotRow } from '../generated/prisma/client.ts';
import {
  contestJudging,
  lockContest,
  requireAdminOrSeat,
  requireNotFinalised,
} from '../judging/contest-judging.ts';
import { entryTitles } from '../judging/entry-titles.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, ContestParams, EVENT_SOURCE, inNamedProvince } from '../shared/province-routes.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';
import { requireRoundOpen, roundState } from './round-state.ts';

const Instant = Type.String({ format: 'date-time' });
const SlotBody = Type.Object(
  {
    entryId: Type.String({ format: 'uuid' }),
    startsAt: Instant,
    endsAt: Instant,
    place: Type.Optional(Type.String({ maxLength: 500 })),
    onlineLink: Type.Optional(Type.String({ maxLength: 1000, format: 'uri' })),
  },
  { additionalProperties: false },
);
const Schedule = Type.Object({
  preparationDays: Type.Integer(),
  /** The first day a defence may be set for if the authors were told now (Viet Nam date). */
  earliestDate: Type.String({ format: 'date' }),
  slots: Type.Array(
    Type.Object({
      entryId: Type.String(),
      entryTitle: Type.String(),
      startsAt: Instant,
      endsAt: Instant,
      place: Type.Union([Type.String(), Type.Null()]),
      onlineLink: Type.Union([Type.String(), Type.Null()]),
      notifiedAt: Instant,
    }),
  ),
});

const preparationDaysOf = (contest: JudgedContest) => contest.rounds[1]?.preparationDays ?? 0;

async function scheduleOf(tx: TenantTransaction, province: string, contest: JudgedContest, now: Date) {
  const slots = await tx.defenceSlot.findMany({
    where: { contestId: contest.id, provinceCode: province },
    orderBy: { startsAt: 'asc' },
  });
  const titles = await entryTitles(
    tx,
    province,
    slots.map((slot) => slot.entryId),
  );
  return {
    preparationDays: preparationDaysOf(contest),
    earliestDate: earliestDefenceDate(preparationDaysOf(contest), now),
    slots: slots.map((slot) => ({
      entryId: slot.entryId,
      entryTitle: titles.get(slot.entryId) ?? '',
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      place: slot.place,
      onlineLink: slot.onlineLink,
      notifiedAt: slot.notifiedAt.toISOString(),
    })),
  };
}

type SlotTimes = { startsAt: string; endsAt: string; place: string | null; onlineLink: string | null };

const sameTime = (row: SlotRow | undefined, slot: SlotTimes) =>
  row !== undefined &&
  row.startsAt.toISOString() === slot.startsAt &&
  row.endsAt.toISOString() === slot.endsAt;

const sameSlot = (row: SlotRow | undefined, slot: SlotTimes) =>
  sameTime(row, slot) && row!.place === slot.place && row!.onlineLink === slot.onlineLink;

/** The oral-defence timetable of round 2; authors are told of each new or moved slot through an event. */
export function defenceRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/rounds/2/defence-schedule',
      {
        onRequest: councilReaders,
        schema: {
          tags: ['rounds'],
          summary: 'When and where each advancing entry is defended',
          params: ContestParams,
          response: { 200: Schedule },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        return prisma.$withProvince(code, async (tx) => {
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, 2);
          requireCouncilReader(request, judging);
          return scheduleOf(tx, code, judging.contest, clock());
        });
      },
    );

    app.put(
      '/provinces/:code/contests/:contestId/rounds/2/defence-schedule',
      {
        onRequest: inNamedProvince('province-admin', 'council-secretary', 'council-chair'),
        schema: {
          tags: ['rounds'],
          summary:
            "Set the defence timetable: one slot per advancing entry, none overlapping, each new or moved one at least the contest's preparation period ahead",
          params: ContestParams,
          body: Type.Object(
            { slots: Type.Array(SlotBody, { maxItems: 500 }) },
            { additionalProperties: false },
          ),
          response: { 200: Schedule },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { contestId } = request.params;
        const now = clock();
        return prisma.$withProvince(code, async (tx) => {
          await lockContest(tx, contestId, 'exclusive');
          const judging = await contestJudging(tx, code, contestId);
          requireRound(judging.contest, 2);
          requireAdminOrSeat(judging, request, 'chair', 'secretary');
          requireNotFinalised(judging);
          await requireRoundOpen(tx, code, contestId, 2);
          const { advancing } = await roundState(tx, code, contestId, 1);
          const slots = request.body.slots.map((slot) => ({
            ...slot,
            startsAt: new Date(slot.startsAt).toISOString(),
            endsAt: new Date(slot.endsAt).toISOString(),
            place: slot.place?.trim() || null,
            onlineLink: slot.onlineLink?.trim() || null,
          }));
          const existing = new Map(
            (await tx.defenceSlot.findMany({ where: { contestId, provinceCode: code } })).map((row) => [
              row.entryId,
              row,
            ]),
          );
          const unchanged = slots.map((slot) => sameSlot(existing.get(slot.entryId), slot));
          const keptTime = slots.map((slot) => sameTime(existing.get(slot.entryId), slot));
          const missingPlace = slots.flatMap((slot, index) =>
            slot.place || slot.onlineLink
              ? []
              : [
                  {
                    field: `slots.${index}.place`,
                    code: 'defence.slot.no_place',
                    kind: 'invalid' as const,
                    message: 'Give the place of the defence or its online link.',
                    messageVi: 'Cần ghi địa điểm hoặc đường dẫn họp trực tuyến của buổi bảo vệ.',
                  },
                ],
          );
          const checked = scheduleDefence(
            slots.map(({ entryId, startsAt, endsAt }) => ({ entryId, startsAt, endsAt })),
            preparationDaysOf(judging.contest),
            now,
            advancing ?? [],
          );
          // A slot the authors were already told of keeps the date they were promised, however near it now is.
          const problems = [
            ...missingPlace,
            ...(checked.ok ? [] : checked.problems).filter(
              (problem) =>
                !(problem.code === 'defence.slot.too_soon' && keptTime[Number(problem.field.split('.')[1])]),
            ),
          ];
          if (problems.length > 0) throw refusalOf(problems);
          await tx.defenceSlot.deleteMany({ where: { contestId, provinceCode: code } });
          await tx.defenceSlot.createMany({
            data: slots.map((slot, index) => ({
              ...slot,
              contestId,
              provinceCode: code,
              startsAt: new Date(slot.startsAt),
              endsAt: new Date(slot.endsAt),
              notifiedAt: unchanged[index] ? existing.get(slot.entryId)!.notifiedAt : now,
            })),
          });
          const told = slots.filter((_, index) => !unchanged[index]);
          const entries = new Map(
            (
              await tx.entry.findMany({
                where: { id: { in: told.map((slot) => slot.entryId) }, provinceCode: code },
              })
            ).map((entry) => [entry.id, entry]),
          );
          await writeAllToOutbox(
            tx,
            defenceScheduled,
            told.map((slot) => {
              const entry = entries.get(slot.entryId);
              if (!entry) throw new HttpProblem(404, `No entry ${slot.entryId}`);
              return {
                contestId,
                provinceCode: code,
                contestTitle: judging.contest.title,
                entryId: slot.entryId,
                entryTitle: entry.title,
                ownerId: entry.ownerId,
                authors: (entry.authors as { name: string }[]).map((author) => author.name),
                startsAt: slot.startsAt,
                endsAt: slot.endsAt,
                place: slot.place,
                onlineLink: slot.onlineLink,
                preparationDays: preparationDaysOf(judging.contest),
              };
            }),
            { source: EVENT_SOURCE, tenant: code },
          );
          return scheduleOf(tx, code, judging.contest, now);
        });
      },
    );
  };
}
