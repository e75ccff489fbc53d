import { callerOf } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EntryParams, readableEntry } from '../entries/entry-access.ts';
import type { Clock } from '../shared/clock.ts';
import { actingProvince, inNamedProvince } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { checkNovelty, NoveltyReport } from './entry-novelty.ts';

/** Who may check an entry against every province's entries: its author, the province's admins and its council. */
const CHECKERS = ['province-admin', 'judge', 'council-chair', 'council-secretary', 'platform-admin'] as const;

/** The novelty check on demand, of a draft or of a submitted entry. */
export function noveltyRoutes(prisma: TenantPrisma, clock: Clock): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/entries/:entryId/novelty',
      {
        onRequest: inNamedProvince(),
        schema: {
          tags: ['entries'],
          summary:
            "The closest entries of every province and year, with scores and the fields that matched; another province's unpublished entry as province, year, title and score only",
          params: EntryParams,
          response: { 200: NoveltyReport },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const caller = callerOf(request);
        return prisma.$withProvince(code, async (tx) => {
          const entry = await readableEntry(tx, caller, code, request.params.entryId);
          if (entry.ownerId !== caller.userId && !CHECKERS.some((role) => caller.roles.includes(role)))
            throw new HttpProblem(
              403,
              `This needs the entry's author or one of the roles ${CHECKERS.join(', ')}`,
            );
          return checkNovelty(tx, entry, clock());
        });
      },
    );
  };
}
