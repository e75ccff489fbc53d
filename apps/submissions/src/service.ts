import { fileURLToPath } from 'node:url';
import { authConfigProperties, authenticated } from '@cchc/auth';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type } from 'typebox';
import { registryRoutes } from './registry/registry-routes.ts';
import { createTenantPrisma } from './tenant-prisma.ts';

const name = 'submissions';
const description = 'Provinces and units, contests, initiative entries, attachments and novelty checks.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101, description: 'HTTP port' }),
  ...authConfigProperties,
});

/** The submissions service: provinces and units, contests, initiative entries, attachments and novelty checks. */
export const submissionsService: ServiceDefinition<typeof schema> = {
  name,
  description,
  configSchema: schema,
  async build(config) {
    const prisma = createTenantPrisma(config.DATABASE_URL);
    return createEventDrivenService({
      name,
      version: '0.1.0',
      description,
      config,
      prisma,
      migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
      routes: authenticated(registryRoutes(prisma), { issuer: config.AUTH_ISSUER, clientId: name }),
    });
  },
};
