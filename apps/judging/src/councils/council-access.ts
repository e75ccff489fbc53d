import { callerOf } from '@cchc/auth';
import type { CouncilMember } from '@cchc/judging-domain';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import type { TenantTransaction } from '../tenant-prisma.ts';

const KEEPERS = ['province-admin', 'council-secretary'];

/**
 * Refuses a reader of a contest's council and rubrics who neither keeps them (province admins, the secretary) nor
 * sits on that contest's council: a judge of the province reads only the contests whose council they are on.
 */
export async function requireCouncilReader(
  request: FastifyRequest,
  tx: TenantTransaction,
  province: string,
  contestId: string,
): Promise<void> {
  const caller = callerOf(request);
  if (caller.roles.some((role) => KEEPERS.includes(role))) return;
  const council = await tx.council.findFirst({ where: { contestId, provinceCode: province } });
  const members = (council?.members ?? []) as CouncilMember[];
  if (!members.some((member) => member.userId === caller.userId))
    throw new HttpProblem(403, `You are not on the council of contest ${contestId}`);
}
