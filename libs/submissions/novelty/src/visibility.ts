import type { NoveltyMatch } from './find-similar.ts';

/** What may be shown of another province's unpublished entry. */
export interface RestrictedMatch {
  restricted: true;
  provinceCode: string;
  year: number;
  title: string;
  score: number;
}

/**
 * A match as it may be shown to the checked entry's province: whole when the entry is its own (or a predecessor's)
 * or published as applied; otherwise only province, year, title and score, since the entry's content and identity
 * belong to a province that has not made it public.
 */
export function visibleMatch(match: NoveltyMatch): NoveltyMatch | RestrictedMatch {
  if (!match.restricted) return match;
  return {
    restricted: true,
    provinceCode: match.provinceCode,
    year: match.year,
    title: match.title,
    score: match.score,
  };
}
