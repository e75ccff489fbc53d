import type { Contest } from './contest.ts';
import type { EntryStatus } from './entry.ts';

/** Where one unit stands against the contest's quota. */
export interface QuotaStanding<U> {
  unit: U;
  /** Entries of the unit that count. */
  counted: number;
  required: number;
  /** How many more it needs; 0 once met. */
  missing: number;
}

/**
 * Whether an entry in `status` counts towards its unit's quota. An entry counts once the unit has proposed it to
 * the province and it has not been withdrawn or found ineligible: submitted, forwarded or eligible. With unit
 * pre-selection a merely submitted entry is still inside the unit's own contest, so only forwarded and eligible
 * entries count. Drafts, withdrawn and ineligible entries never count.
 */
export function countsTowardsQuota(status: EntryStatus, unitPreselection: boolean): boolean {
  if (status === 'forwarded' || status === 'eligible') return true;
  return status === 'submitted' && !unitPreselection;
}

/**
 * Counts each unit's entries against the contest's quota, for every given unit, in the order given. Pass the units
 * the quota applies to (usually the province's active top-level units); a unit whose `status` is present and not
 * `active` is left out, and entries of units not listed are ignored. No quota gives an empty list.
 */
export function quotaStandings<U extends { id: string; status?: string }>(
  contest: Pick<Contest, 'quota' | 'unitPreselection'>,
  units: readonly U[],
  entries: readonly { unitId: string | null; status: EntryStatus }[],
): QuotaStanding<U>[] {
  if (!contest.quota) return [];
  const required = contest.quota.minEntriesPerUnit;
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.unitId !== null && countsTowardsQuota(entry.status, contest.unitPreselection)) {
      counts.set(entry.unitId, (counts.get(entry.unitId) ?? 0) + 1);
    }
  }
  return units
    .filter((unit) => unit.status === undefined || unit.status === 'active')
    .map((unit) => {
      const counted = counts.get(unit.id) ?? 0;
      return { unit, counted, required, missing: Math.max(0, required - counted) };
    });
}

/** The units that have not met the contest's quota, with their counts, in the order given. */
export function quotaShortfalls<U extends { id: string; status?: string }>(
  contest: Pick<Contest, 'quota' | 'unitPreselection'>,
  units: readonly U[],
  entries: readonly { unitId: string | null; status: EntryStatus }[],
): QuotaStanding<U>[] {
  return quotaStandings(contest, units, entries).filter((standing) => standing.missing > 0);
}
