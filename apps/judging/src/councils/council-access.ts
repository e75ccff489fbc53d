import { callerOf } from '@cchc/auth';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import type { ContestJudging } from '../judging/contest-judging.ts';

const KEEPERS = ['province-admin', 'council-secretary'];

/**
 * Refuses a reader of a contest's council and rubrics who neither keeps them (province admins, the secretary) nor
 * sits on that contest's council: a judge of the province reads only the contests whose council they are on.
 */
export function requireCouncilReader(
  request: FastifyRequest,
  { contest, council }: Pick<ContestJudging, 'contest' | 'council'>,
): void {
  const caller = callerOf(request);
  if (caller.roles.some((role) => KEEPERS.includes(role))) return;
  if (!council?.members.some((member) => member.userId === caller.userId))
    throw new HttpProblem(403, `You are not on the council of contest ${contest.id}`);
}
