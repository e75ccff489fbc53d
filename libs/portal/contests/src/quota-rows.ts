import type { QuotaStanding } from '@cchc/portal-data-access';

/** A unit's standing as a row of the quota table and a bar of its chart. */
export interface QuotaRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  counted: number;
  required: number;
  missing: number;
  met: boolean;
  /** Length of the unit's bar, in % of the chart's width. */
  barPercent: number;
  /** Where the quota line is, in % of the chart's width. */
  targetPercent: number;
}

/** The table and chart of a contest's quota, with how many units have met it. */
export interface QuotaSummary {
  rows: QuotaRow[];
  units: number;
  met: number;
}

/**
 * Rows in the service's order (by unit code). The chart's scale is the largest count or the quota, whichever is
 * larger, so the quota line is always inside it and the best unit's bar fills it.
 */
export function quotaSummary(standings: readonly QuotaStanding[]): QuotaSummary {
  const scale = Math.max(1, ...standings.map((standing) => Math.max(standing.counted, standing.required)));
  const percent = (value: number) => Math.round((1000 * value) / scale) / 10;
  const rows = standings.map((standing) => ({
    ...standing,
    met: standing.missing === 0,
    barPercent: percent(standing.counted),
    targetPercent: percent(standing.required),
  }));
  return { rows, units: rows.length, met: rows.filter((row) => row.met).length };
}
