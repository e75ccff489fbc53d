import { runService } from '@cchc/service-kit';
import { judgingService } from './service.ts';

await runService(judgingService);
