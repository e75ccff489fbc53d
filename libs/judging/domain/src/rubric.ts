import { Type, type Static } from 'typebox';

/*
 * A rubric (thang điểm) is the list of criteria a round is scored on. The schemas carry the shape, which routes
 * validate and OpenAPI documents; the rules that need more than one value (unique keys, weights adding up) are in
 * rubric-validation.ts, each with its own code.
 */

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });

export const Criterion = Type.Object(
  {
    key: Text(64, 'Stable key, lower-case words joined by hyphens, e.g. usefulness-effectiveness'),
    labelVi: Text(300, 'Tên tiêu chí'),
    labelEn: Text(300),
    maxPoints: Type.Number({ description: 'Highest score a judge may give on this criterion' }),
    weight: Type.Optional(
      Type.Number({
        description:
          'Share of the total, as a fraction (0.25, not 25); either every criterion has one and they add up to 1, or none has',
      }),
    ),
    guidanceVi: Type.Optional(Text(5000, 'Hướng dẫn chấm điểm')),
    guidanceEn: Type.Optional(Text(5000)),
  },
  { additionalProperties: false },
);
export type Criterion = Static<typeof Criterion>;

export const Rubric = Type.Object(
  {
    contestId: Type.String(),
    round: Type.Integer({ minimum: 1, maximum: 2, description: '1: written scoring; 2: oral defence' }),
    criteria: Type.Array(Criterion),
  },
  { additionalProperties: false },
);
export type Rubric = Static<typeof Rubric>;

/**
 * The five criteria the plans name, with maxima adding up to 100 (see the README for why these). No weights: the
 * maxima already express how much each criterion counts.
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

/** The default rubric of a contest's round, to start from and edit. */
export function defaultRubric(contestId: string, round: number): Rubric {
  return { contestId, round, criteria: DEFAULT_CRITERIA.map((criterion) => ({ ...criterion })) };
}
