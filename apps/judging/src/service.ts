import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { registerMessaging } from '@cchc/messaging';
import { configSchema, createService, type ServiceDefinition } from '@cchc/service-kit';
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
    const app = await createService({
      name,
      version: '0.1.0',
      description,
      config,
      database: {
        client: prisma,
        migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
      },
    });
    await registerMessaging(app, {
      name,
      brokers: config.KAFKA_BROKERS.split(','),
      databaseUrl: config.DATABASE_URL,
      partitions: config.KAFKA_TOPIC_PARTITIONS,
      transaction: (work) => prisma.$transaction(work),
      handlers: registryReplicaHandlers(),
    });
    return app;
  },
};
