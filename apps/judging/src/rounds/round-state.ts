import type { RoundResults } from '@cchc/judging-domain';
import { HttpProblem } from '@cchc/service-kit';
import type { Entry, JudgingRound } from '../generated/prisma/client.ts';
import type { TenantTransaction } from '../tenant-prisma.ts';

export type RoundStatus = 'not-open' | 'open' | 'closed';

/** A round as judging keeps it: whether it is open, and its results once closed. */
export interface RoundState {
  round: number;
  status: RoundStatus;
  closedAt: Date | null;
  closedBy: string | null;
  results: RoundResults | null;
  /** Round 1: the entries going on to round 2, best first, once decided. */
  advancing: string[] | null;
}

const rowOf = (tx: TenantTransaction, province: string, contestId: string, round: number) =>
  tx.judgingRound.findFirst({ where: { contestId, round, provinceCode: province } });

function stateOf(round: number, row: JudgingRound | null, previous: JudgingRound | null): RoundState {
  const opened = round === 1 || previous?.advancing != null;
  return {
    round,
    status: row?.closedAt ? 'closed' : opened ? 'open' : 'not-open',
    closedAt: row?.closedAt ?? null,
    closedBy: row?.closedBy ?? null,
    results: (row?.results as RoundResults | null) ?? null,
    advancing: (row?.advancing as string[] | null) ?? null,
  };
}

/** The round's state: round 1 opens with judging, round 2 once the chair has decided who advances. */
export async function roundState(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  round: number,
): Promise<RoundState> {
  const [row, previous] = await Promise.all([
    rowOf(tx, province, contestId, round),
    round > 1 ? rowOf(tx, province, contestId, round - 1) : null,
  ]);
  return stateOf(round, row, previous);
}

/** 409 while round 2 waits for the advancement. */
export function requireRoundOpened(state: RoundState): void {
  if (state.status === 'not-open')
    throw new HttpProblem(409, `Round ${state.round} is not open yet`, 'about:blank', undefined, [
      {
        field: '',
        code: 'round.not_open',
        message: 'Round 2 opens once the chair has decided which entries advance.',
        messageVi: 'Vòng 2 chỉ mở sau khi Chủ tịch Hội đồng chọn các sáng kiến vào vòng bảo vệ.',
        params: { round: state.round },
      },
    ]);
}

/** 409 once the round is closed: its rubric, assignments and scores are what its results were computed from. */
export function requireRoundNotClosed({ round, status }: RoundState): void {
  if (status === 'closed')
    throw new HttpProblem(409, `Round ${round} is closed`, 'about:blank', undefined, [
      {
        field: '',
        code: 'round.closed',
        message: 'The round is closed; its assignments, rubric and scores can no longer change.',
        messageVi: 'Vòng chấm đã kết thúc, không thể thay đổi phân công, tiêu chí hay điểm.',
        params: { round },
      },
    ]);
}

/** 409 unless the round is open: assignments and the defence timetable change only then. */
export async function requireRoundOpen(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  round: number,
): Promise<RoundState> {
  const state = await roundState(tx, province, contestId, round);
  requireRoundNotClosed(state);
  requireRoundOpened(state);
  return state;
}

/** The entries a round judges: round 1 every entry screened eligible, round 2 those that advanced, best first. */
export async function roundEntries(
  tx: TenantTransaction,
  province: string,
  contestId: string,
  state: Pick<RoundState, 'round'>,
): Promise<Entry[]> {
  const eligible = await tx.entry.findMany({
    where: { contestId, provinceCode: province, status: 'eligible' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
  if (state.round === 1) return eligible;
  const first = await rowOf(tx, province, contestId, 1);
  const advancing = (first?.advancing as string[] | null) ?? [];
  const byId = new Map(eligible.map((entry) => [entry.id, entry]));
  return advancing.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Keeps a closed round's results. A plain statement with the JSON made once: the results of 2,000 entries with each
 * judge's total are about a megabyte, which the ORM would walk again before sending.
 */
export async function storeClosedRound(
  tx: TenantTransaction,
  { province, contestId, round }: { province: string; contestId: string; round: number },
  closedAt: Date,
  closedBy: string,
  results: RoundResults,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO judging_round (contest_id, round, province_code, closed_at, closed_by, results)
     VALUES ($1::uuid, $2, $3, $4::timestamptz, $5, $6::jsonb)
     ON CONFLICT (contest_id, round) DO UPDATE SET closed_at = $4::timestamptz, closed_by = $5, results = $6::jsonb`,
    contestId,
    round,
    province,
    closedAt.toISOString(),
    closedBy,
    JSON.stringify(results),
  );
}
