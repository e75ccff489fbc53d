import { Type, type Static } from 'typebox';
import { invalid, fail, ok, type Result } from './result.ts';

/** Who goes on to the oral defence: the best `count` entries, or every entry scoring at least `minScore`. */
export const AdvancementRule = Type.Union([
  Type.Object({ kind: Type.Literal('top'), count: Type.Integer() }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('threshold'), minScore: Type.Number() }, { additionalProperties: false }),
]);
export type AdvancementRule = Static<typeof AdvancementRule>;

/**
 * The entries that advance to round 2, best first. Ranks are unique, so "top N" is exactly N entries (all of them
 * when fewer were ranked). A threshold is compared with the exact score the ranking uses (the normalised one when
 * the contest normalises), so the advancing entries are always a head of the ranking.
 */
export function selectAdvancing(
  round: { results: readonly { entryId: string; score: number }[] },
  rule: AdvancementRule,
): Result<string[]> {
  if (rule.kind === 'top') {
    if (!Number.isInteger(rule.count) || rule.count < 1) {
      return fail(
        invalid(
          'count',
          'advancement.count.invalid',
          `The number advancing must be a whole number from 1 (got ${rule.count}).`,
          {
            messageVi: 'Số bài vào vòng 2 phải là số nguyên từ 1 trở lên.',
            params: { count: rule.count },
          },
        ),
      );
    }
    return ok(round.results.slice(0, rule.count).map((result) => result.entryId));
  }
  if (!Number.isFinite(rule.minScore)) {
    return fail(
      invalid('minScore', 'advancement.threshold.invalid', 'The threshold must be a number.', {
        messageVi: 'Điểm sàn vào vòng 2 phải là một số.',
      }),
    );
  }
  return ok(round.results.filter((result) => result.score >= rule.minScore).map((result) => result.entryId));
}
