import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type } from 'typebox';
import { PrismaClient } from './generated/prisma/client.ts';
import { registryReplicaHandlers } from '@cchc/registry-replica';

const name = 'judging';
const description = 'Councils, rubrics, assignments, scores, rounds, rankings and finalised results.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3102, description: 'HTTP port' }),
});

/** The judging service: councils, rubrics, assignments, scores, rounds, rankings and finalised results. */
export const judgingService: ServiceDefinition<typeof schema> = {
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
      handlers: registryReplicaHandlers(),
    });
  },
};
