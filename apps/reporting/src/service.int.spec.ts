import { fileURLToPath } from 'node:url';
import { describeServiceFoundation } from '@cchc/service-kit/testing';
import { reportingService } from './service.ts';

describeServiceFoundation({
  definition: reportingService,
  schemaPath: fileURLToPath(new URL('../prisma', import.meta.url)),
  mainPath: fileURLToPath(new URL('./main.ts', import.meta.url)),
});
