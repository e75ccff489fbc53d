import { runService } from '@cchc/service-kit';
import { reportingService } from './service.ts';

await runService(reportingService);
