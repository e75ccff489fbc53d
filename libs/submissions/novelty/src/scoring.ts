// How close two entries are, from their shingle sets. Pure.

import { TEXT_FIELDS, type TextField } from './entry-text.ts';
import { documentShingles, type FieldShingles } from './features.ts';
import { intersectionSize, jaccard } from './shingles.ts';

export interface ScoringOptions {
  /**
   * How much closer two solutions must be than two whole entries to give the same score. Solutions of unrelated
   * entries share common steps ("niêm yết công khai quy trình…"), so a solution-only match needs a margin.
   */
  solutionMargin: number;
  /** A solution with fewer shingles than this is too short to be compared on its own. */
  minSolutionShingles: number;
  /** Share of a query field's shingles that must appear in the candidate's same field for it to count as matched. */
  fieldContainment: number;
}

export const DEFAULT_SCORING: ScoringOptions = {
  solutionMargin: 0.2,
  minSolutionShingles: 8,
  fieldContainment: 0.5,
};

/** The score from the whole entries' and the solutions' Jaccard similarity. */
export function combineScore(
  document: number,
  solution: number,
  options: ScoringOptions = DEFAULT_SCORING,
): number {
  return Math.max(document, solution - options.solutionMargin, 0);
}

export interface Similarity {
  /** 0..1: the whole entries' Jaccard similarity, or the solutions' less a margin, whichever is larger. */
  score: number;
  /** Fields of the query most of whose shingles the other entry's same field holds, in form order. */
  matchedFields: TextField[];
}

/**
 * Compares a query entry with a stored one. The score is the Jaccard similarity of the whole entries, or of the
 * solutions less a margin (an entry that takes over another's solution duplicates it whatever its other sections
 * say), whichever is larger.
 */
export function compare(
  query: FieldShingles,
  candidate: FieldShingles,
  options: ScoringOptions = DEFAULT_SCORING,
  queryDocument: ReadonlySet<number> = documentShingles(query),
): Similarity {
  const matchedFields = TEXT_FIELDS.filter((field) => {
    const own = query[field];
    return own.size > 0 && intersectionSize(own, candidate[field]) / own.size >= options.fieldContainment;
  });
  const document = jaccard(queryDocument, documentShingles(candidate));
  const solutionComparable =
    query.solution.size >= options.minSolutionShingles &&
    candidate.solution.size >= options.minSolutionShingles;
  const solution = solutionComparable ? jaccard(query.solution, candidate.solution) : 0;
  return { score: combineScore(document, solution, options), matchedFields };
}
