import type { Criterion } from '@cchc/portal-data-access';
import { hasAtMostDecimals, parseDecimal } from './judging-numbers';

/** A criterion as the rubric editor holds it; numbers as typed, the weight in percent. */
export interface CriterionDraft {
  key: string;
  labelVi: string;
  labelEn: string;
  maxPoints: string;
  /** Percent of the total (25 for 0.25); empty when the rubric has no weights. */
  weight: string;
  guidanceVi: string;
  guidanceEn: string;
}

/** What the editor shows under the criteria and what it finds wrong before sending. */
export interface RubricCheck {
  /** Sum of the maxima that are numbers. */
  totalMax: number;
  /** Sum of the weights in percent; null when no criterion has one. */
  weightTotal: number | null;
  /** `criteria.<i>.<field>` with the portal's code (`problems.<code>`); the service checks everything again. */
  problems: { field: string; code: string }[];
}

/**
 * The criteria the judging service uses until a round has its own rubric (its DEFAULT_CRITERIA: the five the plans
 * name, maxima adding up to 100, no weights); the editor offers them as a start.
 */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: 'novelty', labelVi: 'Tính mới', labelEn: 'Novelty', maxPoints: 20 },
  { key: 'creativity', labelVi: 'Tính sáng tạo', labelEn: 'Creativity', maxPoints: 15 },
  {
    key: 'usefulness-effectiveness',
    labelVi: 'Tính hữu ích, hiệu quả',
    labelEn: 'Usefulness and effectiveness',
    maxPoints: 30,
  },
  { key: 'replicability', labelVi: 'Khả năng nhân rộng', labelEn: 'Replicability', maxPoints: 20 },
  { key: 'feasibility', labelVi: 'Tính khả thi', labelEn: 'Feasibility', maxPoints: 15 },
];

/** The editor's rows for a rubric's criteria. */
export function criterionDrafts(criteria: readonly Criterion[]): CriterionDraft[] {
  return criteria.map((criterion) => ({
    key: criterion.key,
    labelVi: criterion.labelVi,
    labelEn: criterion.labelEn,
    maxPoints: String(criterion.maxPoints),
    weight: criterion.weight === undefined ? '' : String(Math.round(criterion.weight * 10_000) / 100),
    guidanceVi: criterion.guidanceVi ?? '',
    guidanceEn: criterion.guidanceEn ?? '',
  }));
}

export function blankCriterion(): CriterionDraft {
  return { key: '', labelVi: '', labelEn: '', maxPoints: '', weight: '', guidanceVi: '', guidanceEn: '' };
}

/** A key from a Vietnamese label, as the service wants keys: `Tính khả thi` → `tinh-kha-thi`. */
export function keyFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** Totals of the maxima and weights, and the numbers that are not numbers. */
export function checkRubric(drafts: readonly CriterionDraft[]): RubricCheck {
  const problems: RubricCheck['problems'] = [];
  let totalMax = 0;
  let weightTotal: number | null = null;
  drafts.forEach((draft, index) => {
    const max = parseDecimal(draft.maxPoints);
    if (draft.maxPoints.trim() === '')
      problems.push({ field: `criteria.${index}.maxPoints`, code: 'required' });
    else if (max === null || max <= 0 || !hasAtMostDecimals(max, 2)) {
      problems.push({ field: `criteria.${index}.maxPoints`, code: 'judging.rubric.max_points' });
    } else totalMax += max;
    if (draft.weight.trim() !== '') {
      const weight = parseDecimal(draft.weight);
      if (weight === null || weight <= 0 || weight > 100) {
        problems.push({ field: `criteria.${index}.weight`, code: 'judging.rubric.weight' });
      } else weightTotal = (weightTotal ?? 0) + weight;
    }
  });
  return {
    totalMax: Math.round(totalMax * 100) / 100,
    weightTotal: weightTotal === null ? null : Math.round(weightTotal * 100) / 100,
    problems,
  };
}

/** The criteria sent: numbers parsed (a weight in percent becomes a fraction), empty optional texts left out. */
export function criteriaInput(drafts: readonly CriterionDraft[]): Criterion[] {
  return drafts.map((draft) => {
    const weight = draft.weight.trim() === '' ? null : parseDecimal(draft.weight);
    return {
      key: draft.key.trim(),
      labelVi: draft.labelVi.trim(),
      labelEn: draft.labelEn.trim(),
      maxPoints: parseDecimal(draft.maxPoints) ?? 0,
      ...(weight === null ? {} : { weight: Math.round(weight * 100) / 10_000 }),
      ...(draft.guidanceVi.trim() ? { guidanceVi: draft.guidanceVi.trim() } : {}),
      ...(draft.guidanceEn.trim() ? { guidanceEn: draft.guidanceEn.trim() } : {}),
    };
  });
}
