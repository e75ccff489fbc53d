import { COUNCIL_ROLES, UserDirectoryError, type UserDirectory } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { judgedContest } from '../contests/judged-contest.ts';
import { actingProvince, ContestParams } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { councilWriters } from './council-routes.ts';

const Candidate = Type.Object({
  userId: Type.String(),
  username: Type.String(),
  name: Type.String(),
  unit: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
});

/** The people of the province who may sit on a council, from the identity provider. */
export function candidateRoutes(
  prisma: TenantPrisma,
  directory: UserDirectory | undefined,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces/:code/contests/:contestId/council-candidates',
      {
        onRequest: councilWriters,
        schema: {
          tags: ['councils'],
          summary:
            "The province's users with a council role (judge, council-chair, council-secretary), by name",
          params: ContestParams,
          response: { 200: Type.Array(Candidate) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        await prisma.$withProvince(code, (tx) => judgedContest(tx, code, request.params.contestId));
        if (!directory)
          throw new HttpProblem(503, 'The user directory is not configured: set AUTH_CLIENT_SECRET');
        try {
          const users = await directory.usersWithRoles(COUNCIL_ROLES, code);
          return users.map(({ userId, username, name, unit, roles }) => ({
            userId,
            username,
            name,
            unit,
            roles,
          }));
        } catch (error) {
          if (error instanceof UserDirectoryError)
            throw new HttpProblem(503, `The identity provider cannot list people now: ${error.message}`);
          throw error;
        }
      },
    );
  };
}
