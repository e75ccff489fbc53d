import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type } from 'typebox';
import { PrismaClient } from './generated/prisma/client.ts';
import { registryReplicaHandlers } from '@cchc/registry-replica';

const name = 'rewards';
const description = 'Prize structures, budgets, award proposals, decisions, certificates and emulation.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3103, description: 'HTTP port' }),
});

/** The rewards service: prize structures, budgets, award proposals, decisions, certificates and emulation. */
export const rewardsService: ServiceDefinition<typeof schema> = {
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
