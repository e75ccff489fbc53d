import { fileURLToPath } from 'node:url';
import { describeServiceFoundation } from '@cchc/service-kit/testing';
import { describeRowLevelSecurity } from '@cchc/tenancy/testing';
import { judgingService } from './service.ts';

const schemaPath = fileURLToPath(new URL('../prisma', import.meta.url));

describeServiceFoundation({
  definition: judgingService,
  schemaPath,
  mainPath: fileURLToPath(new URL('./main.ts', import.meta.url)),
  // Start-up does not reach the identity provider; tokens are checked on the first request.
  env: { AUTH_ISSUER: 'http://127.0.0.1:9/realms/cchc' },
});

describeRowLevelSecurity('judging', schemaPath);
