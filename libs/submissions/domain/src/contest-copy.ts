import { CONTEST_SETTINGS, type Contest, type ContestInput } from './contest.ts';
import { shiftDateByYears, shiftInstantByYears } from './vietnam-time.ts';

function shiftYearsInTitle(title: string, from: ContestInput['period'], years: number): string {
  const startYear = String(from.startYear);
  const endYear = String(from.endYear);
  // one pass, so that 2021–2025 moved by four years becomes 2025–2029 and not 2029–2029
  return title.replace(/(?<!\d)\d{4}(?!\d)/g, (year) =>
    year === startYear || year === endYear ? String(Number(year) + years) : year,
  );
}

/**
 * Makes the settings of a new draft contest from an earlier one, for a period starting in `startYear`: every date
 * moves by the same whole number of years (wall-clock times kept in Viet Nam, 29 February → 28), the years in the
 * title follow, and the plan number is cleared because the new year needs a new plan. The result has no id,
 * province or state: saving it creates a new draft.
 */
export function copyContestToYear(source: ContestInput | Contest, startYear: number): ContestInput {
  const years = startYear - source.period.startYear;
  const settings = Object.fromEntries(
    CONTEST_SETTINGS.map((key) => [key, structuredClone(source[key])]),
  ) as ContestInput;
  return {
    ...settings,
    planNumber: '',
    planDate: shiftDateByYears(source.planDate, years),
    title: shiftYearsInTitle(source.title, source.period, years),
    period: { startYear: source.period.startYear + years, endYear: source.period.endYear + years },
    submissionWindow: {
      opensAt: shiftInstantByYears(source.submissionWindow.opensAt, years),
      closesAt: shiftInstantByYears(source.submissionWindow.closesAt, years),
    },
  };
}
