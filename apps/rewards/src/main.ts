import { runService } from '@cchc/service-kit';
import { rewardsService } from './service.ts';

await runService(rewardsService);
