import { fileURLToPath } from 'node:url';
import { describeServiceFoundation } from '@cchc/service-kit/testing';
import { rewardsService } from './service.ts';

describeServiceFoundation({
  definition: rewardsService,
  schemaPath: fileURLToPath(new URL('../prisma', import.meta.url)),
  mainPath: fileURLToPath(new URL('./main.ts', import.meta.url)),
});
