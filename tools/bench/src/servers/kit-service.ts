import { baseConfigSchema, createService, loadConfig } from '@cchc/service-kit';

// A service on the kit with everything a real one registers but its database, which /health/live never touches.
const config = loadConfig(baseConfigSchema, {
  PORT: process.env['PORT'],
  DATABASE_URL: 'postgres://bench@127.0.0.1:1/unused',
  KAFKA_BROKERS: '127.0.0.1:1',
});
const app = await createService({ name: 'bench', version: '0', description: 'service-kit overhead', config });
const address = await app.listen({ host: '127.0.0.1', port: config.PORT });
process.stdout.write(`listening ${address}\n`);
