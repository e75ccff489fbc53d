import type { Criterion, Rubric } from './rubric.ts';
import { sumsToOne } from './numbers.ts';
import { fail, invalid, resultOf, type Problem, type Result } from './result.ts';
import { duplicatesOf, isBlank, KEY_PATTERN } from './text.ts';

function criterionProblems(criterion: Criterion, index: number): Problem[] {
  const at = (key: string) => `criteria.${index}.${key}`;
  const problems: Problem[] = [];
  if (!KEY_PATTERN.test(criterion.key)) {
    problems.push(
      invalid(
        at('key'),
        'rubric.criteria.bad_key',
        `Criterion key "${criterion.key}" must be lower-case letters and digits in words joined by hyphens.`,
        {
          messageVi: `Mã tiêu chí "${criterion.key}" chỉ gồm chữ thường không dấu và chữ số, các từ nối bằng dấu gạch ngang.`,
          params: { key: criterion.key },
        },
      ),
    );
  }
  if (isBlank(criterion.labelVi)) {
    problems.push(
      invalid(at('labelVi'), 'required', `The Vietnamese label of criterion ${index + 1} is required.`, {
        messageVi: `Chưa nhập tên tiếng Việt của tiêu chí thứ ${index + 1}.`,
      }),
    );
  }
  if (!Number.isFinite(criterion.maxPoints)) {
    problems.push(
      invalid(
        at('maxPoints'),
        'rubric.criteria.max_not_finite',
        `The maximum of "${criterion.key}" is not a number.`,
        {
          messageVi: `Điểm tối đa của tiêu chí "${criterion.labelVi}" không phải là một số.`,
        },
      ),
    );
  } else if (criterion.maxPoints <= 0) {
    problems.push(
      invalid(
        at('maxPoints'),
        'rubric.criteria.max_not_positive',
        `The maximum of "${criterion.key}" must be more than 0 (got ${criterion.maxPoints}).`,
        {
          messageVi: `Điểm tối đa của tiêu chí "${criterion.labelVi}" phải lớn hơn 0.`,
          params: { maxPoints: criterion.maxPoints },
        },
      ),
    );
  }
  return problems;
}

function weightProblems(criteria: readonly Criterion[]): Problem[] {
  const weighted = criteria.filter((criterion) => criterion.weight !== undefined);
  if (weighted.length === 0) return [];
  if (weighted.length < criteria.length) {
    return [
      invalid(
        'criteria',
        'rubric.weights.partial',
        'Either every criterion has a weight or none has; some criteria have none.',
        {
          messageVi: 'Trọng số phải được nhập cho tất cả các tiêu chí hoặc không cho tiêu chí nào.',
          params: { weighted: weighted.length, criteria: criteria.length },
        },
      ),
    ];
  }
  const problems: Problem[] = [];
  criteria.forEach((criterion, index) => {
    if (!(criterion.weight! > 0) || !Number.isFinite(criterion.weight)) {
      problems.push(
        invalid(
          `criteria.${index}.weight`,
          'rubric.weights.not_positive',
          `The weight of "${criterion.key}" must be a number more than 0 (got ${criterion.weight}).`,
          {
            messageVi: `Trọng số của tiêu chí "${criterion.labelVi}" phải là số lớn hơn 0.`,
            params: { weight: criterion.weight! },
          },
        ),
      );
    }
  });
  if (problems.length > 0) return problems;
  const weights = criteria.map((criterion) => criterion.weight!);
  if (!sumsToOne(weights)) {
    const sum = weights.reduce((total, weight) => total + weight, 0);
    return [
      invalid(
        'criteria',
        'rubric.weights.sum',
        `The weights are fractions of the total and must add up to 1 (they add up to ${sum}).`,
        {
          messageVi: `Tổng trọng số các tiêu chí phải bằng 1 (100%); hiện là ${sum}.`,
          params: { sum },
        },
      ),
    ];
  }
  return [];
}

/**
 * Checks a rubric: at least one criterion; keys well formed and unique; a Vietnamese label; each maximum a finite
 * number above 0; weights on all criteria or none, each above 0, adding up to 1.
 */
export function validateRubric(rubric: Rubric): Result<Rubric> {
  const { criteria } = rubric;
  if (criteria.length === 0) {
    return fail(
      invalid('criteria', 'rubric.criteria.empty', 'The rubric needs at least one criterion.', {
        messageVi: 'Thang điểm phải có ít nhất một tiêu chí.',
      }),
    );
  }
  const problems = criteria.flatMap(criterionProblems);
  for (const index of duplicatesOf(criteria, (criterion) => criterion.key)) {
    const key = criteria[index]!.key;
    problems.push(
      invalid(
        `criteria.${index}.key`,
        'rubric.criteria.duplicate_key',
        `Criterion key "${key}" is used twice.`,
        {
          messageVi: `Mã tiêu chí "${key}" bị trùng.`,
          params: { key },
        },
      ),
    );
  }
  problems.push(...weightProblems(criteria));
  return resultOf(problems, () => rubric);
}
