import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type } from 'typebox';
import { PrismaClient } from './generated/prisma/client.ts';
import { registryRoutes } from './registry/registry-routes.ts';

const name = 'submissions';
const description = 'Provinces and units, contests, initiative entries, attachments and novelty checks.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101, description: 'HTTP port' }),
});

/** The submissions service: provinces and units, contests, initiative entries, attachments and novelty checks. */
export const submissionsService: ServiceDefinition<typeof schema> = {
  name,
  description,
  configSchema: schema,
  async build(config) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
    return createEventDrivenService({
      name,
      version: '0.1.0',
      description,
      config,
      prisma,
      migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
      routes: registryRoutes(prisma),
    });
  },
};
