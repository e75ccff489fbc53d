import { runService } from '@cchc/service-kit';
import { submissionsService } from './service.ts';

await runService(submissionsService);
