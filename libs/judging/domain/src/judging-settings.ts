import { Type, type Static } from 'typebox';
import { AggregationMethod } from './aggregation.ts';
import { DEFAULT_DISAGREEMENT_SHARE } from './disagreement.ts';
import { sumsToOne } from './numbers.ts';
import type { Rubric } from './rubric.ts';
import { invalid, resultOf, type Problem, type Result } from './result.ts';
import { duplicatesOf } from './text.ts';

/** How a contest's council aggregates, ranks and shows scores; the defaults are what a plan that says nothing gets. */
export const JudgingSettings = Type.Object(
  {
    aggregation: { ...AggregationMethod, default: 'mean' },
    normalise: Type.Boolean({
      default: false,
      description:
        "Rescale each judge's totals to the mean and spread of all judges' totals before aggregating",
    }),
    criterionPriority: Type.Array(Type.String(), {
      default: [],
      description:
        "Criteria that break ties on the score, in order; each round uses those its rubric has. Empty: the rubric's order",
    }),
    disagreementShare: Type.Number({
      default: DEFAULT_DISAGREEMENT_SHARE,
      description: "Flag an entry when its judges' totals span more than this share of the maximum total",
    }),
    showOthersBeforeClose: Type.Boolean({
      default: false,
      description: "Judges see each other's submitted scores while the round is still open",
    }),
    roundWeights: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()], {
      default: null,
      description: 'Weights of round 1 and round 2 in the final score, adding up to 1; null with one round',
    }),
  },
  { additionalProperties: false },
);
export type JudgingSettings = Static<typeof JudgingSettings>;

/** Weights of the two rounds: each above 0 and adding up to 1. */
export function roundWeightProblems(field: string, weights: readonly number[]): Problem[] {
  if (weights.some((weight) => !(weight > 0) || !Number.isFinite(weight))) {
    return [
      invalid(field, 'settings.round_weights.not_positive', 'Each round weight must be a number above 0.', {
        messageVi: 'Trọng số của mỗi vòng thi phải là số lớn hơn 0.',
      }),
    ];
  }
  if (!sumsToOne(weights)) {
    return [
      invalid(
        field,
        'settings.round_weights.sum',
        `The round weights must add up to 1 (got ${weights.join(' + ')}).`,
        {
          messageVi: 'Tổng trọng số các vòng thi phải bằng 1 (100%).',
        },
      ),
    ];
  }
  return [];
}

/** The tie-break criteria a round uses: the listed ones its rubric has, or all of its criteria when none is listed. */
export function tieBreakCriteria(
  criterionPriority: readonly string[],
  rubric: Pick<Rubric, 'criteria'>,
): string[] {
  const keys = rubric.criteria.map((criterion) => criterion.key);
  if (criterionPriority.length === 0) return keys;
  const known = new Set(keys);
  return criterionPriority.filter((key) => known.has(key));
}

function priorityProblems(
  priority: readonly string[],
  rubrics: readonly Pick<Rubric, 'criteria'>[],
): Problem[] {
  const known = new Set(rubrics.flatMap((rubric) => rubric.criteria.map((criterion) => criterion.key)));
  const problems: Problem[] = [];
  priority.forEach((key, index) => {
    if (!known.has(key)) {
      problems.push(
        invalid(
          `criterionPriority.${index}`,
          'settings.criterion_priority.unknown',
          `"${key}" is not a criterion of any round.`,
          { messageVi: `"${key}" không phải là tiêu chí chấm của vòng nào.`, params: { criterion: key } },
        ),
      );
    }
  });
  for (const index of duplicatesOf(priority)) {
    problems.push(
      invalid(
        `criterionPriority.${index}`,
        'settings.criterion_priority.duplicate',
        `"${priority[index]}" is listed twice.`,
        {
          messageVi: `Tiêu chí "${priority[index]}" bị liệt kê hai lần.`,
          params: { criterion: priority[index]! },
        },
      ),
    );
  }
  return problems;
}

/**
 * Checks a contest's judging settings against its rounds' rubrics: tie-break criteria known and listed once, the
 * disagreement share above 0 and at most 1, round weights (with two rounds) above 0 and adding up to 1.
 */
export function validateJudgingSettings(
  settings: JudgingSettings,
  rubrics: readonly Pick<Rubric, 'criteria'>[],
): Result<JudgingSettings> {
  const problems = priorityProblems(settings.criterionPriority, rubrics);
  const share = settings.disagreementShare;
  if (!(share > 0 && share <= 1)) {
    problems.push(
      invalid(
        'disagreementShare',
        'settings.disagreement_share.out_of_range',
        `The disagreement share must be above 0 and at most 1 (got ${share}).`,
        {
          messageVi: 'Ngưỡng chênh lệch điểm phải lớn hơn 0 và không vượt quá 1 (100%).',
          params: { disagreementShare: share },
        },
      ),
    );
  }
  if (settings.roundWeights) problems.push(...roundWeightProblems('roundWeights', settings.roundWeights));
  return resultOf(problems, () => settings);
}
