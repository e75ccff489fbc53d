import { callerOf } from '@cchc/auth';
import {
  entryForwarded,
  entryScreened,
  entrySubmitted,
  entryWithdrawn,
  type EventDefinition,
} from '@cchc/contracts';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem, valueOf } from '@cchc/service-kit';
import {
  entryVersionRecord,
  EntryDraft,
  EntryStatus,
  forwardEntry,
  screenEntry,
  submitEntry,
  validateEntryDraft,
  withdrawEntry,
  type EntryStatusChange,
  type Result,
} from '@cchc/submissions-domain';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { contestIn } from '../contests/contest-routes.ts';
import type { Entry as EntryRow, Prisma } from '../generated/prisma/client.ts';
import type { Clock } from '../shared/clock.ts';
import {
  actingProvince,
  EVENT_SOURCE,
  inNamedProvince,
  ProvinceCode,
  Uuid,
} from '../shared/province-routes.ts';
import { once } from '../shared/idempotency.ts';
import type { TenantPrisma, TenantTransaction } from '../tenant-prisma.ts';
import {
  callerUnitId,
  callerUnitLineage,
  entrant,
  EntryParams,
  ownEntry,
  readableEntry,
} from './entry-access.ts';
import { checkNovelty, forgetWithdrawn, rememberSubmitted } from '../novelty/entry-novelty.ts';
import { entryState, entryView, EntryView, mayRead } from './entry-records.ts';
import { searchColumnsOf, searchWords } from './entry-search.ts';

const member = inNamedProvince();
const screener = inNamedProvince('province-admin');
const PAGE = 50;

const columnsOf = (content: EntryDraft) => ({
  title: content.title ?? '',
  fieldKey: content.fieldKey ?? '',
  entrantKind: content.entrantKind ?? 'individual',
  content: content as Prisma.InputJsonValue,
  ...searchColumnsOf(content),
});

/** Entries: authors and unit coordinators write and submit them; coordinators forward, province admins screen. */
export function entryRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    // When each request arrived by the server's clock: a deadline is met by pressing submit in time, however long
    // the request then waits for the database in a rush.
    const arrivals = new WeakMap<FastifyRequest, Date>();
    app.addHook('onRequest', async (request) => {
      arrivals.set(request, clock());
    });
    const arrivalOf = (request: FastifyRequest) => arrivals.get(request) ?? clock();

    /** Applies a status change the domain decided, with its event, and answers the entry. */
    const changeStatus = async (
      tx: TenantTransaction,
      row: EntryRow,
      change: Result<EntryStatusChange>,
      event: EventDefinition,
      extra: (row: EntryRow) => object = () => ({}),
      data: Prisma.EntryUpdateInput = {},
    ) => {
      const { to } = valueOf(change);
      const updated = await tx.entry.update({
        where: { id: row.id },
        data: { ...data, status: to, revision: { increment: 1 } },
      });
      await writeToOutbox(
        tx,
        event,
        { entry: entryState(updated), ...extra(updated) },
        {
          source: EVENT_SOURCE,
          tenant: row.provinceCode,
        },
      );
      return updated;
    };

    app.post(
      '/provinces/:code/contests/:id/entries',
      {
        onRequest: entrant,
        schema: {
          tags: ['entries'],
          summary: 'Start an entry (a draft); send Idempotency-Key so a retried request creates one entry',
          params: Type.Object({ code: ProvinceCode, id: Uuid }),
          body: Type.Object(
            { unitId: Type.Optional(Type.Union([Uuid, Type.Null()])), content: EntryDraft },
            { additionalProperties: false },
          ),
          response: { 201: EntryView, 200: EntryView },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const content = valueOf(validateEntryDraft(request.body.content));
        const answer = await prisma.$withProvince(code, (tx) =>
          once(tx, request, { province: code, callerId: caller.userId }, async () => {
            const contest = await contestIn(tx, code, request.params.id);
            if (contest.status !== 'open')
              throw new HttpProblem(
                409,
                `Contest ${contest.title} is ${contest.status}, not open for entries`,
              );
            const unitId = request.body.unitId ?? null;
            if (
              unitId &&
              !(await tx.unit.findFirst({ where: { id: unitId, provinceCode: code, status: 'active' } }))
            ) {
              throw new HttpProblem(400, `unitId ${unitId} is not an active unit of province ${code}`);
            }
            const row = await tx.entry.create({
              data: {
                ...columnsOf(content),
                provinceCode: code,
                contestId: contest.id,
                unitId,
                ownerId: caller.userId,
              },
            });
            return { status: 201, body: entryView(row, caller) };
          }),
        );
        return reply.code(answer.status as 200).send(answer.body as ReturnType<typeof entryView>);
      },
    );

    app.get(
      '/provinces/:code/entries',
      {
        onRequest: member,
        schema: {
          tags: ['entries'],
          summary: 'Entries the caller may see, newest first, a page at a time',
          params: Type.Object({ code: ProvinceCode }),
          querystring: Type.Object({
            contestId: Type.Optional(Uuid),
            unitId: Type.Optional(Uuid),
            status: Type.Optional(EntryStatus),
            field: Type.Optional(Type.String()),
            mine: Type.Optional(Type.Boolean()),
            q: Type.Optional(
              Type.String({
                maxLength: 200,
                description: 'Words the title or a readable section holds; with or without diacritics',
              }),
            ),
            author: Type.Optional(
              Type.String({
                maxLength: 200,
                description: "Part of an author's name; with or without diacritics",
              }),
            ),
            cursor: Type.Optional(Type.String({ description: 'nextCursor of the previous page' })),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(EntryView),
              nextCursor: Type.Union([Type.String(), Type.Null()]),
            }),
          },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const { contestId, unitId, status, field, mine, cursor, q, author } = request.query;
        const words: Prisma.EntryWhereInput[] = [
          ...searchWords(q ?? '').map((word) => ({ searchText: { contains: word } })),
          ...searchWords(author ?? '').map((word) => ({ authorNames: { contains: word } })),
        ];
        const after = cursor ? decodeCursor(cursor) : undefined;
        return prisma.$withProvince(code, async (tx) => {
          const ownUnits = await callerUnitLineage(tx, caller, code);
          const rows = await tx.entry.findMany({
            where: {
              provinceCode: code,
              ...(contestId ? { contestId } : {}),
              ...(unitId ? { unitId } : {}),
              ...(status ? { status } : {}),
              ...(field ? { fieldKey: field } : {}),
              ...(mine ? { ownerId: caller.userId } : {}),
              ...(words.length ? { AND: words } : {}),
              ...(after
                ? {
                    OR: [
                      { createdAt: { lt: after.createdAt } },
                      { createdAt: after.createdAt, id: { lt: after.id } },
                    ],
                  }
                : {}),
            },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: PAGE + 1,
          });
          const page = rows.slice(0, PAGE);
          const last = page.at(-1);
          return {
            items: page.filter((row) => mayRead(caller, row, ownUnits)).map((row) => entryView(row, caller)),
            nextCursor: rows.length > PAGE && last ? encodeCursor(last) : null,
          };
        });
      },
    );

    app.get(
      '/provinces/:code/entries/:entryId',
      { onRequest: member, schema: { tags: ['entries'], params: EntryParams, response: { 200: EntryView } } },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        return prisma.$withProvince(code, async (tx) =>
          entryView(await readableEntry(tx, caller, code, request.params.entryId), caller),
        );
      },
    );

    app.patch(
      '/provinces/:code/entries/:entryId',
      {
        onRequest: entrant,
        schema: {
          tags: ['entries'],
          summary: 'Save a draft; every saved change is kept as a version (who, when, what changed)',
          params: EntryParams,
          body: Type.Object({ content: EntryDraft }, { additionalProperties: false }),
          response: { 200: EntryView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const content = valueOf(validateEntryDraft(request.body.content));
        return prisma.$withProvince(code, async (tx) => {
          const row = await readableEntry(tx, caller, code, request.params.entryId);
          ownEntry(row, caller);
          if (row.status !== 'draft')
            throw new HttpProblem(409, `The entry is ${row.status}; only a draft can be edited`);
          const version = entryVersionRecord(row.content as EntryDraft, content, caller.userId, clock());
          if (!version) return entryView(row, caller);
          const updated = await tx.entry.update({
            where: { id: row.id },
            data: { ...columnsOf(content), revision: { increment: 1 } },
          });
          await tx.entryVersion.create({
            data: {
              entryId: row.id,
              revision: updated.revision,
              provinceCode: code,
              changedBy: caller.userId,
              changedAt: new Date(version.at),
              changes: version.changes as unknown as Prisma.InputJsonValue,
            },
          });
          return entryView(updated, caller);
        });
      },
    );

    app.get(
      '/provinces/:code/entries/:entryId/versions',
      {
        onRequest: member,
        schema: {
          tags: ['entries'],
          summary: 'Every saved change of the entry',
          params: EntryParams,
          response: {
            200: Type.Array(
              Type.Object({
                revision: Type.Integer(),
                changedBy: Type.String(),
                changedAt: Type.String(),
                changes: Type.Unknown(),
              }),
            ),
          },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        return prisma.$withProvince(code, async (tx) => {
          await readableEntry(tx, caller, code, request.params.entryId);
          const versions = await tx.entryVersion.findMany({
            where: { entryId: request.params.entryId },
            orderBy: { revision: 'asc' },
          });
          return versions.map((version) => ({ ...version, changedAt: version.changedAt.toISOString() }));
        });
      },
    );

    app.post(
      '/provinces/:code/entries/:entryId/submit',
      {
        onRequest: entrant,
        schema: {
          tags: ['entries'],
          summary: 'Submit the entry inside the submission window (409 naming the deadline after it)',
          params: EntryParams,
          response: { 200: EntryView },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const receivedAt = arrivalOf(request);
        const answer = await prisma.$withProvince(code, (tx) =>
          once(tx, request, { province: code, callerId: caller.userId }, async () => {
            const row = await readableEntry(tx, caller, code, request.params.entryId);
            ownEntry(row, caller);
            const contest = await contestIn(tx, code, row.contestId);
            const result = submitEntry(
              { status: row.status, unitId: row.unitId, content: row.content as EntryDraft },
              contest,
              receivedAt,
            );
            const submitted = valueOf(result);
            const columns = columnsOf(submitted.content);
            const asSubmitted = { ...row, ...columns, content: submitted.content };
            await rememberSubmitted(tx, asSubmitted, contest.period.startYear);
            const novelty = await checkNovelty(tx, asSubmitted, clock());
            const updated = await changeStatus(tx, row, result, entrySubmitted, () => ({}), {
              submittedAt: new Date(submitted.submittedAt),
              ...columns,
              noveltyMatches: novelty as unknown as Prisma.InputJsonValue,
            });
            return { status: 200, body: entryView(updated, caller) };
          }),
        );
        return reply.code(answer.status as 200).send(answer.body as ReturnType<typeof entryView>);
      },
    );

    app.post(
      '/provinces/:code/entries/:entryId/withdraw',
      {
        onRequest: entrant,
        schema: {
          tags: ['entries'],
          summary: 'Withdraw a submitted entry',
          params: EntryParams,
          response: { 200: EntryView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const receivedAt = arrivalOf(request);
        return prisma.$withProvince(code, async (tx) => {
          const row = await readableEntry(tx, caller, code, request.params.entryId);
          ownEntry(row, caller);
          const contest = await contestIn(tx, code, row.contestId);
          const withdrawn = await changeStatus(
            tx,
            row,
            withdrawEntry(row, contest, receivedAt),
            entryWithdrawn,
          );
          await forgetWithdrawn(tx, row.id);
          return entryView(withdrawn, caller);
        });
      },
    );

    app.post(
      '/provinces/:code/entries/:entryId/forward',
      {
        onRequest: inNamedProvince('unit-coordinator'),
        schema: {
          tags: ['entries'],
          summary: "Forward an entry chosen in the unit's pre-selection to the province",
          params: EntryParams,
          response: { 200: EntryView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        return prisma.$withProvince(code, async (tx) => {
          const row = await readableEntry(tx, caller, code, request.params.entryId);
          const contest = await contestIn(tx, code, row.contestId);
          const actor = {
            roles: caller.roles,
            province: caller.province,
            unitId: await callerUnitId(tx, caller, code),
          };
          return entryView(
            await changeStatus(tx, row, forwardEntry(row, contest, actor, clock()), entryForwarded),
            caller,
          );
        });
      },
    );

    app.post(
      '/provinces/:code/entries/:entryId/screening',
      {
        onRequest: screener,
        schema: {
          tags: ['entries'],
          summary: 'Screen an entry as eligible, or ineligible with the reason (shown to its authors)',
          params: EntryParams,
          body: Type.Union([
            Type.Object({ eligible: Type.Literal(true) }, { additionalProperties: false }),
            Type.Object(
              { eligible: Type.Literal(false), reason: Type.String({ minLength: 1, maxLength: 2000 }) },
              { additionalProperties: false },
            ),
          ]),
          response: { 200: EntryView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        const verdict = request.body;
        return prisma.$withProvince(code, async (tx) => {
          const row = await readableEntry(tx, caller, code, request.params.entryId);
          const contest = await contestIn(tx, code, row.contestId);
          const actor = { roles: caller.roles, province: caller.province, unitId: null };
          const result = screenEntry(row, contest, actor, verdict);
          const reason = verdict.eligible ? null : verdict.reason;
          const updated = await changeStatus(
            tx,
            row,
            result,
            entryScreened,
            () => ({ eligible: verdict.eligible, reason }),
            {
              screeningNote: reason,
              screenedBy: caller.userId,
              screenedAt: clock(),
            },
          );
          return entryView(updated, caller);
        });
      },
    );
  };
}

function encodeCursor(row: EntryRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new HttpProblem(400, 'The cursor is not one this service gave');
  return { createdAt, id };
}
