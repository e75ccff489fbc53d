import { loadConfig } from '@cchc/service-kit';
import { submissionsService } from '@cchc/submissions';

// A real service definition on the kit; /health/live touches no database, so none needs to run.
const config = loadConfig(submissionsService.configSchema, {
  PORT: process.env['PORT'],
  DATABASE_URL: 'postgres://bench@127.0.0.1:1/unused',
});
const app = await submissionsService.build(config);
const address = await app.listen({ host: '127.0.0.1', port: config.PORT });
process.stdout.write(`listening ${address}\n`);
