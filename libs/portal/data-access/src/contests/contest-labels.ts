import type { ContestField } from './contest.models';

/** The name of a contest's field in the reader's language; its key when the contest has no such field. */
export function fieldLabel(fields: readonly ContestField[], key: string, language: string): string {
  const field = fields.find((candidate) => candidate.key === key);
  if (!field) return key;
  return language === 'en' && field.labelEn.trim() ? field.labelEn : field.labelVi;
}

/** A contest's years as plans write them: `2021` for one year, `2021–2025` for a period. */
export function periodLabel(period: { startYear: number; endYear: number }): string {
  return period.startYear === period.endYear
    ? String(period.startYear)
    : `${period.startYear}–${period.endYear}`;
}
