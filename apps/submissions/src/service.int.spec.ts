import { fileURLToPath } from 'node:url';
import { describeServiceFoundation } from '@cchc/service-kit/testing';
import { submissionsService } from './service.ts';

describeServiceFoundation({
  definition: submissionsService,
  schemaPath: fileURLToPath(new URL('../prisma', import.meta.url)),
  mainPath: fileURLToPath(new URL('./main.ts', import.meta.url)),
});
