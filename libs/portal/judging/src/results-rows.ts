import type { FinalResult, RoundResults } from '@cchc/portal-data-access';

/** A judge as a column of the results table. */
export interface JudgeColumn {
  judgeId: string;
  name: string;
}

/** One entry of a closed round as a row of the results table and a bar of its chart. */
export interface ResultRow {
  entryId: string;
  rank: number;
  title: string;
  /** The ranked score, exact; shown with two decimals. */
  score: number;
  rawTotal: number;
  normalisedTotal: number | null;
  /** Each judge's raw total in the order of the columns; null where the judge did not score the entry. */
  judgeTotals: (number | null)[];
  judgeCount: number;
  range: number;
  disagreement: boolean;
  /** Length of the bar, in % of the round's maximum total. */
  barPercent: number;
  advancing: boolean;
}

export interface ResultTable {
  columns: JudgeColumn[];
  rows: ResultRow[];
  maxTotal: number;
  /** Entries whose judges disagree beyond the contest's share. */
  flagged: number;
  /** Titles of the entries no judge scored (possible only when closing was overridden). */
  unscored: string[];
}

const percentOf = (value: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.max(0, Math.round((1000 * value) / whole) / 10)) : 0;

/**
 * The rows of a closed round in rank order. The judges' columns follow `judges` (the council's order), then any
 * other judge who scored, by id; titles and names the page does not know are shown by id.
 */
export function resultTable(
  results: RoundResults,
  titles: ReadonlyMap<string, string>,
  judges: readonly JudgeColumn[],
  advancing: readonly string[] = [],
): ResultTable {
  const scored = new Set(results.results.flatMap((result) => Object.keys(result.judgeTotals)));
  const known = judges.filter((judge) => scored.has(judge.judgeId));
  const knownIds = new Set(known.map((judge) => judge.judgeId));
  const others = [...scored]
    .filter((id) => !knownIds.has(id))
    .sort()
    .map((judgeId) => ({ judgeId, name: judgeId }));
  const columns = [...known, ...others];
  const advancingIds = new Set(advancing);
  const rows = [...results.results]
    .sort((a, b) => a.rank - b.rank)
    .map((result) => ({
      entryId: result.entryId,
      rank: result.rank,
      title: titles.get(result.entryId) ?? result.entryId,
      score: result.score,
      rawTotal: result.rawTotal,
      normalisedTotal: result.normalisedTotal,
      judgeTotals: columns.map((column) => result.judgeTotals[column.judgeId] ?? null),
      judgeCount: result.judgeCount,
      range: result.range,
      disagreement: result.disagreement,
      barPercent: percentOf(result.score, results.maxTotal),
      advancing: advancingIds.has(result.entryId),
    }));
  return {
    columns,
    rows,
    maxTotal: results.maxTotal,
    flagged: rows.filter((row) => row.disagreement).length,
    unscored: results.unscored.map((id) => titles.get(id) ?? id),
  };
}

/** One entry of the contest's final ranking. */
export interface FinalRow extends FinalResult {
  title: string;
  /** Length of the bar, in % of 100 points. */
  barPercent: number;
}

/** The final ranking in rank order, with titles. */
export function finalRows(results: readonly FinalResult[], titles: ReadonlyMap<string, string>): FinalRow[] {
  return [...results]
    .sort((a, b) => a.rank - b.rank)
    .map((result) => ({
      ...result,
      title: titles.get(result.entryId) ?? result.entryId,
      barPercent: percentOf(result.finalScore, 100),
    }));
}

/**
 * The entries a rule would send to round 2, counted in the page before the chair commits: the best `count`, or
 * those whose score reaches the threshold (exact scores, as the service compares them).
 */
export function advancingPreview(
  results: RoundResults,
  rule: { kind: 'top'; count: number } | { kind: 'threshold'; minScore: number },
): string[] {
  const ranked = [...results.results].sort((a, b) => a.rank - b.rank);
  const chosen =
    rule.kind === 'top'
      ? ranked.slice(0, Math.max(0, Math.floor(rule.count)))
      : ranked.filter((result) => result.score >= rule.minScore);
  return chosen.map((result) => result.entryId);
}
