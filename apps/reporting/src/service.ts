import { fileURLToPath } from 'node:url';
import { authConfigProperties, authenticated } from '@cchc/auth';
import { createEventDrivenService } from '@cchc/messaging';
import { configSchema, type ServiceDefinition } from '@cchc/service-kit';
import { Type } from 'typebox';
import { registryReplicaHandlers } from '@cchc/registry-replica';
import { provinceReportRoutes } from './province-report.ts';
import { createTenantPrisma } from './tenant-prisma.ts';

const name = 'reporting';
const description = 'Read models built from events: dashboards, exports and the public showcase.';
const schema = configSchema({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3104, description: 'HTTP port' }),
  ...authConfigProperties,
});

/** The reporting service: read models built from events: dashboards, exports and the public showcase. */
export const reportingService: ServiceDefinition<typeof schema> = {
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
      routes: authenticated(provinceReportRoutes(prisma), { issuer: config.AUTH_ISSUER, clientId: name }),
      handlers: registryReplicaHandlers(),
    });
  },
};
