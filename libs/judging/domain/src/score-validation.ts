import type { Rubric } from './rubric.ts';
import type { Score } from './score.ts';
import { hasAtMostDecimals } from './numbers.ts';
import { invalid, resultOf, type Problem, type Result } from './result.ts';

/** Points are given to at most two decimals (7.25); finer steps mean nothing to a council and hide typing slips. */
export const POINT_DECIMALS = 2;
/** Longest comment, in characters: enough for a page of reasons, short enough for the minutes. */
export const MAX_COMMENT_LENGTH = 2000;

function pointProblems(rubric: Rubric, score: Score): Problem[] {
  const problems: Problem[] = [];
  for (const criterion of rubric.criteria) {
    const field = `points.${criterion.key}`;
    const given = score.points[criterion.key];
    const params = { criterion: criterion.key, max: criterion.maxPoints };
    if (given === undefined) {
      // a draft may be saved half filled in; only a submitted score must be complete
      if (score.state === 'submitted') {
        problems.push(
          invalid(field, 'score.criterion.missing', `No points given for "${criterion.labelEn}".`, {
            messageVi: `Chưa chấm điểm tiêu chí "${criterion.labelVi}".`,
            params,
          }),
        );
      }
    } else if (!Number.isFinite(given)) {
      problems.push(
        invalid(field, 'score.points.not_finite', `The points for "${criterion.labelEn}" are not a number.`, {
          messageVi: `Điểm tiêu chí "${criterion.labelVi}" không phải là một số.`,
          params,
        }),
      );
    } else if (given < 0 || given > criterion.maxPoints) {
      problems.push(
        invalid(
          field,
          'score.points.out_of_range',
          `The points for "${criterion.labelEn}" must be from 0 to ${criterion.maxPoints} (got ${given}).`,
          {
            messageVi: `Điểm tiêu chí "${criterion.labelVi}" phải từ 0 đến ${criterion.maxPoints}.`,
            params: { ...params, given },
          },
        ),
      );
    } else if (!hasAtMostDecimals(given, POINT_DECIMALS)) {
      problems.push(
        invalid(
          field,
          'score.points.precision',
          `The points for "${criterion.labelEn}" may have at most ${POINT_DECIMALS} decimals (got ${given}).`,
          {
            messageVi: `Điểm tiêu chí "${criterion.labelVi}" chỉ được có tối đa ${POINT_DECIMALS} chữ số thập phân.`,
            params: { ...params, given, decimals: POINT_DECIMALS },
          },
        ),
      );
    }
  }
  const known = new Set(rubric.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(score.points).filter((key) => !known.has(key))) {
    problems.push(
      invalid(`points.${key}`, 'score.criterion.unknown', `"${key}" is not a criterion of this round.`, {
        messageVi: `"${key}" không phải là tiêu chí chấm của vòng này.`,
        params: { criterion: key },
      }),
    );
  }
  return problems;
}

function commentProblems({ comment }: Score): Problem[] {
  // counted in characters as people see them, not in UTF-16 units
  const length = [...comment.normalize('NFC')].length;
  if (length <= MAX_COMMENT_LENGTH) return [];
  return [
    invalid(
      'comment',
      'score.comment.too_long',
      `The comment is ${length} characters; at most ${MAX_COMMENT_LENGTH}.`,
      {
        messageVi: `Nhận xét dài ${length} ký tự, vượt quá ${MAX_COMMENT_LENGTH} ký tự cho phép.`,
        params: { length, max: MAX_COMMENT_LENGTH },
      },
    ),
  ];
}

/**
 * Checks a score sheet against the round's rubric: every criterion present (when submitted), no unknown criterion,
 * points finite, from 0 to the criterion's maximum, with at most two decimals; the comment not too long.
 */
export function validateScore(rubric: Rubric, score: Score): Result<Score> {
  return resultOf([...pointProblems(rubric, score), ...commentProblems(score)], () => score);
}
