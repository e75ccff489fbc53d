import { callerOf } from '@cchc/auth';
import {
  defaultRubric,
  finalisedProblem,
  JudgingSettings,
  type Council,
  type CouncilMember,
  type Criterion,
  type Rubric,
} from '@cchc/judging-domain';
import { HttpProblem, refusalOf } from '@cchc/service-kit';
import type { FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import { councilOf } from '../councils/council-records.ts';
import { judgedContest, type JudgedContest } from '../contests/judged-contest.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

/** What nearly every judging route needs to know about a contest, read in the request's transaction. */
export interface ContestJudging {
  province: string;
  contest: JudgedContest;
  council: Council | null;
  settings: JudgingSettings;
  /** Whether the settings were never set, so the defaults apply. */
  defaultSettings: boolean;
  finalised: boolean;
}

/** The settings a contest that never set them uses. */
export const DEFAULT_SETTINGS: JudgingSettings = Value.Create(JudgingSettings);

/** Reads the contest (404 when unknown), its council, settings and whether its results are finalised. */
export async function contestJudging(
  tx: TenantTransaction,
  province: string,
  contestId: string,
): Promise<ContestJudging> {
  const contest = await judgedContest(tx, province, contestId);
  const where = { contestId, provinceCode: province };
  const [council, settings, finalisation] = await Promise.all([
    tx.council.findFirst({ where }),
    tx.judgingSettings.findFirst({ where }),
    tx.finalisation.findFirst({ where, select: { contestId: true } }),
  ]);
  return {
    province,
    contest,
    council: council ? councilOf(council) : null,
    settings: settings ? (settings.settings as JudgingSettings) : DEFAULT_SETTINGS,
    defaultSettings: settings === null,
    finalised: finalisation !== null,
  };
}

/** 409 once the chair finalised the results: nothing about the contest's judging changes afterwards. */
export function requireNotFinalised(judging: ContestJudging): void {
  if (judging.finalised) throw refusalOf([finalisedProblem()]);
}

/** The council, or 409 when none was recorded yet. */
export function requireCouncil(judging: ContestJudging): Council {
  if (!judging.council)
    throw new HttpProblem(409, 'Record the council first', 'about:blank', undefined, [
      {
        field: '',
        code: 'council.missing',
        message: 'The contest has no council yet.',
        messageVi: 'Cuộc thi chưa có Hội đồng đánh giá.',
      },
    ]);
  return judging.council;
}

/** The caller's seat on the council, or null. */
export function seatOf(judging: ContestJudging, userId: string): CouncilMember | null {
  return judging.council?.members.find((member) => member.userId === userId) ?? null;
}

/** The caller's seat on the council, or 403. */
export function requireSeat(judging: ContestJudging, request: FastifyRequest): CouncilMember {
  const seat = seatOf(judging, callerOf(request).userId);
  if (!seat) throw new HttpProblem(403, `You are not on the council of contest ${judging.contest.id}`);
  return seat;
}

/** Whether the caller runs this contest's judging: a province admin, or the chair or secretary of its council. */
export function runsJudging(judging: ContestJudging, request: FastifyRequest): boolean {
  const caller = callerOf(request);
  if (caller.roles.includes('province-admin')) return true;
  const role = seatOf(judging, caller.userId)?.role;
  return role === 'chair' || role === 'secretary';
}

/**
 * 403 unless the caller is a province admin or holds one of the seats on this contest's council: a realm role only
 * opens the route, the seat decides for which contest.
 */
export function requireAdminOrSeat(
  judging: ContestJudging,
  request: FastifyRequest,
  ...roles: CouncilMember['role'][]
): void {
  const caller = callerOf(request);
  if (caller.roles.includes('province-admin')) return;
  const role = seatOf(judging, caller.userId)?.role;
  if (!role || !roles.includes(role))
    throw new HttpProblem(
      403,
      `Only a province admin or the council's ${roles.join(' or ')} of contest ${judging.contest.id} does this`,
    );
}

/** The caller's seat when they chair the council, or 403. */
export function requireChair(judging: ContestJudging, request: FastifyRequest): CouncilMember {
  const seat = requireSeat(judging, request);
  if (seat.role !== 'chair')
    throw new HttpProblem(403, 'Only the chair of the council does this', 'about:blank', undefined, [
      {
        field: '',
        code: 'council.not_chair',
        message: 'Only the chair of the council does this.',
        messageVi: 'Chỉ Chủ tịch Hội đồng được thực hiện thao tác này.',
      },
    ]);
  return seat;
}

/** The rubric a round is scored on: the one set, or the default. */
export async function rubricOf(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  round: number,
): Promise<Rubric & { isDefault: boolean }> {
  const row = await tx.rubric.findFirst({ where: { contestId, round, provinceCode: province } });
  if (!row) return { ...defaultRubric(contestId, round), isDefault: true };
  return { contestId, round, criteria: row.criteria as Criterion[], isDefault: false };
}

/**
 * Serialises the changes of one contest's judging: closing a round, advancing, finalising and every change to what
 * a close reads (rubrics, settings, assignments, recusals, the timetable) take the lock alone; saving a score shares
 * it, so that nothing slips in while a round is being closed.
 */
export async function lockContest(
  tx: TenantTransaction,
  contestId: string,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  // Two keys, so these locks never meet another kind of lock taken on a hash of some other text.
  await tx.$executeRawUnsafe(`SELECT ${lock}(hashtext('judging.contest'), hashtext($1))`, contestId);
}
