import { fileURLToPath } from 'node:url';
import { describeServiceFoundation } from '@cchc/service-kit/testing';
import { judgingService } from './service.ts';

describeServiceFoundation({
  definition: judgingService,
  schemaPath: fileURLToPath(new URL('../prisma', import.meta.url)),
  mainPath: fileURLToPath(new URL('./main.ts', import.meta.url)),
});
