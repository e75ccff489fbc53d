import type { AggregationMethod, JudgingSettings } from '@cchc/portal-data-access';
import { parseDecimal } from './judging-numbers';

/** The settings form: shares in percent as typed. */
export interface SettingsDraft {
  aggregation: AggregationMethod;
  normalise: boolean;
  criterionPriority: string[];
  /** Percent of the maximum total (25 for 0.25). */
  disagreementPercent: string;
  showOthersBeforeClose: boolean;
  /** Percent of the final score from round 1 and round 2; used only with two rounds. */
  round1Percent: string;
  round2Percent: string;
}

const percent = (share: number) => String(Math.round(share * 10_000) / 100);

/** The form for settings as read. */
export function settingsDraft(settings: JudgingSettings): SettingsDraft {
  return {
    aggregation: settings.aggregation,
    normalise: settings.normalise,
    criterionPriority: [...settings.criterionPriority],
    disagreementPercent: percent(settings.disagreementShare),
    showOthersBeforeClose: settings.showOthersBeforeClose,
    round1Percent: settings.roundWeights ? percent(settings.roundWeights[0]) : '50',
    round2Percent: settings.roundWeights ? percent(settings.roundWeights[1]) : '50',
  };
}

/** A share typed in percent as a fraction; NaN for what is not a number, for the service to name. */
const share = (text: string) => {
  const value = parseDecimal(text);
  return value === null ? Number.NaN : Math.round(value * 100) / 10_000;
};

/** The settings sent; round weights only when the contest has two rounds. */
export function settingsInput(draft: SettingsDraft, rounds: number): JudgingSettings {
  return {
    aggregation: draft.aggregation,
    normalise: draft.normalise,
    criterionPriority: [...draft.criterionPriority],
    disagreementShare: share(draft.disagreementPercent),
    showOthersBeforeClose: draft.showOthersBeforeClose,
    roundWeights: rounds >= 2 ? [share(draft.round1Percent), share(draft.round2Percent)] : null,
  };
}

/** Moves a tie-break criterion up (-1) or down (+1) in the priority list. */
export function moved(list: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
