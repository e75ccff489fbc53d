import { fileURLToPath } from 'node:url';
import { authConfigProperties, authenticated } from '@cchc/auth';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type, type Static } from 'typebox';
import { attachmentConfigProperties, attachmentStorage } from './attachments/attachment-config.ts';
import { attachmentRoutes } from './attachments/attachment-routes.ts';
import { resultsFinalisedHandlers } from './contests/results-finalised-handler.ts';
import { contestRoutes } from './contests/contest-routes.ts';
import { entryRoutes } from './entries/entry-routes.ts';
import { mergeRoutes } from './registry/merge-routes.ts';
import { keepMergedProvincesReadOnly } from './registry/merged-provinces.ts';
import { noveltyRoutes } from './novelty/novelty-routes.ts';
import { registryRoutes } from './registry/registry-routes.ts';
import { unitImportRoutes } from './registry/unit-import-routes.ts';
import { systemClock, type Clock } from './shared/clock.ts';
import { createTenantPrisma } from './tenant-prisma.ts';

const name = 'submissions';
const description = 'Provinces and units, contests, initiative entries, attachments and novelty checks.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101, description: 'HTTP port' }),
  ...authConfigProperties,
  ...attachmentConfigProperties,
});

/** Builds the service; the clock decides submission deadlines (tests pass their own). */
export async function buildSubmissions(config: Static<typeof schema>, clock: Clock = systemClock) {
  const prisma = createTenantPrisma(config.DATABASE_URL);
  return createEventDrivenService({
    name,
    version: '0.1.0',
    description,
    config,
    prisma,
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
    handlers: resultsFinalisedHandlers(clock),
    routes: authenticated(
      async (app) => {
        keepMergedProvincesReadOnly(app, prisma);
        await app.register(registryRoutes(prisma));
        await app.register(mergeRoutes(prisma));
        await app.register(unitImportRoutes(prisma));
        await app.register(contestRoutes(prisma, clock));
        await app.register(entryRoutes(prisma, clock));
        await app.register(noveltyRoutes(prisma, clock));
        await app.register(attachmentRoutes(prisma, attachmentStorage(config), config.ATTACHMENT_MAX_BYTES));
      },
      { issuer: config.AUTH_ISSUER, clientId: name },
    ),
  });
}

/** The submissions service: provinces and units, contests, initiative entries, attachments and novelty checks. */
export const submissionsService: ServiceDefinition<typeof schema> = {
  name,
  description,
  configSchema: schema,
  build: (config) => buildSubmissions(config),
};
