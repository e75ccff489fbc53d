import { fileURLToPath } from 'node:url';
import {
  authConfigProperties,
  authenticated,
  createUserDirectory,
  userDirectoryConfigProperties,
} from '@cchc/auth';
import { createEventDrivenService } from '@cchc/messaging';
import { registryReplicaHandlers } from '@cchc/registry-replica';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type, type Static } from 'typebox';
import { candidateRoutes } from './councils/candidate-routes.ts';
import { councilChangeRoutes } from './councils/council-change-routes.ts';
import { councilRoutes } from './councils/council-routes.ts';
import { contestReplicaHandlers } from './replica/contest-replica-handlers.ts';
import { assignmentRoutes } from './assignments/assignment-routes.ts';
import { conflictRoutes } from './conflicts/conflict-routes.ts';
import { entryRoutes } from './judging/entry-routes.ts';
import { minutesRoute } from './results/minutes-route.ts';
import { resultsRoutes } from './results/results-routes.ts';
import { defenceRoutes } from './rounds/defence-routes.ts';
import { roundRoutes } from './rounds/round-routes.ts';
import { rubricRoutes } from './rubrics/rubric-routes.ts';
import { scoreRoutes } from './scores/score-routes.ts';
import { settingsRoutes } from './settings/settings-routes.ts';
import { systemClock, type Clock } from './shared/clock.ts';
import { createTenantPrisma } from './tenant-prisma.ts';

const name = 'judging';
const description = 'Councils, rubrics, assignments, scores, rounds, rankings and finalised results.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3102, description: 'HTTP port' }),
  ...authConfigProperties,
  ...userDirectoryConfigProperties,
});

/** Builds the service; the clock stamps recorded changes (tests pass their own). */
export async function buildJudging(config: Static<typeof schema>, clock: Clock = systemClock) {
  const prisma = createTenantPrisma(config.DATABASE_URL);
  const directory = config.AUTH_CLIENT_SECRET
    ? createUserDirectory({
        issuer: config.AUTH_ISSUER,
        clientId: name,
        clientSecret: config.AUTH_CLIENT_SECRET,
      })
    : undefined;
  return createEventDrivenService({
    name,
    version: '0.1.0',
    description,
    config,
    prisma,
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
    handlers: { ...registryReplicaHandlers(), ...contestReplicaHandlers() },
    routes: authenticated(
      async (app) => {
        await app.register(councilRoutes(prisma, clock));
        await app.register(candidateRoutes(prisma, directory));
        await app.register(councilChangeRoutes(prisma, clock));
        await app.register(rubricRoutes(prisma, clock));
        await app.register(settingsRoutes(prisma, clock));
        await app.register(conflictRoutes(prisma, clock));
        await app.register(entryRoutes(prisma));
        await app.register(assignmentRoutes(prisma, clock));
        await app.register(scoreRoutes(prisma, clock));
        await app.register(roundRoutes(prisma, clock));
        await app.register(defenceRoutes(prisma, clock));
        await app.register(resultsRoutes(prisma, clock));
        await app.register(minutesRoute(prisma));
      },
      { issuer: config.AUTH_ISSUER, clientId: name },
    ),
  });
}

/** The judging service: councils, rubrics, assignments, scores, rounds, rankings and finalised results. */
export const judgingService: ServiceDefinition<typeof schema> = {
  name,
  description,
  configSchema: schema,
  build: (config) => buildJudging(config),
};
