import type { ConfidentialSection, NoveltyMatch, NoveltyReport } from '@cchc/portal-data-access';

/** The parts of an application the checker compares that the application form names as sections. */
const SECTIONS = [
  'currentSituation',
  'solution',
  'novelty',
  'applicationScope',
  'conditionsToApply',
  'benefits',
] as const satisfies readonly ConfidentialSection[];

/** The checker's own short names of parts that the form names otherwise. */
const CHECKER_NAMES: Readonly<Record<string, (typeof SECTIONS)[number]>> = { situation: 'currentSituation' };

/** A matched part of the application: its name's translation key, or the service's word for a part not known yet. */
export type MatchedField = { key: string } | { text: string };

/** One like entry as the novelty panel lists it. */
export interface NoveltyRow {
  restricted: boolean;
  /** null for a restricted match: the checker may not open it. */
  entryId: string | null;
  provinceCode: string;
  year: number;
  title: string;
  /** How alike, 0 to 100, whole. */
  percent: number;
  /** At or above the threshold: it looks like a copy, and the panel says so. */
  looksLikeCopy: boolean;
  matchedFields: MatchedField[];
  sameProvince: boolean;
  published: boolean;
}

/** What the novelty panel shows of a check. */
export interface NoveltyPresentation {
  thresholdPercent: number;
  /** How many matches look like copies. */
  flagged: number;
  rows: NoveltyRow[];
}

const percentOf = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100);

/** The translation of a part the service names; unknown parts as the service wrote them. */
export function matchedField(field: string): MatchedField {
  if (field === 'title') return { key: 'entry.fields.title' };
  const section = Object.hasOwn(CHECKER_NAMES, field) ? CHECKER_NAMES[field]! : field;
  return (SECTIONS as readonly string[]).includes(section)
    ? { key: `entry.sections.${section}` }
    : { text: field };
}

function rowOf(match: NoveltyMatch, threshold: number): NoveltyRow {
  const shared = {
    provinceCode: match.provinceCode,
    year: match.year,
    title: match.title,
    percent: percentOf(match.score),
    looksLikeCopy: match.score >= threshold,
  };
  if (match.restricted) {
    return {
      ...shared,
      restricted: true,
      entryId: null,
      matchedFields: [],
      sameProvince: false,
      published: false,
    };
  }
  return {
    ...shared,
    restricted: false,
    entryId: match.entryId,
    matchedFields: match.matchedFields.map(matchedField),
    sameProvince: match.sameProvince,
    published: match.published,
  };
}

/**
 * The rows of a novelty check, most alike first as the service sends them. A restricted match keeps only what the
 * service lets the checker know; every match from the threshold on is flagged.
 */
export function noveltyPresentation(report: NoveltyReport): NoveltyPresentation {
  const rows = report.matches.map((match) => rowOf(match, report.threshold));
  return {
    thresholdPercent: percentOf(report.threshold),
    flagged: rows.filter((row) => row.looksLikeCopy).length,
    rows,
  };
}
