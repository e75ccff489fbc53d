import type { Lineage, LineageLink } from '@cchc/portal-data-access';

/** One province or unit of a merge history as the lineage view lists it. */
export interface LineageStep {
  key: string;
  name: string;
  /** The legal date of the merger this step stands for (`YYYY-MM-DD`), when the history says. */
  mergedOn: string | null;
}

/** A merge history as shown: what went into the subject, and where the subject went. */
export interface LineagePresentation {
  /** Merged into the subject, directly or through others, nearest first, each on the day it was merged. */
  predecessors: LineageStep[];
  /**
   * Where the subject went, step by step, each dated by the merger that led into it: the first by the subject's own
   * (`subjectMergedOn`, which the subject's history does not hold), the next by the first successor's, and so on.
   */
  successors: LineageStep[];
  /** Where the subject's work goes on now: the last successor; null while the subject stands. */
  current: LineageStep | null;
  /** Neither merged into another nor taking in any. */
  untouched: boolean;
}

/** The presentation of a merge history, given the date of the subject's own merger when known. */
export function lineagePresentation(
  lineage: Lineage,
  subjectMergedOn: string | null = null,
): LineagePresentation {
  const successors = lineage.successors.map((link: LineageLink, index): LineageStep => ({
    key: link.key,
    name: link.name,
    mergedOn: index === 0 ? subjectMergedOn : (lineage.successors[index - 1]!.mergedOn ?? null),
  }));
  return {
    predecessors: lineage.predecessors.map(({ key, name, mergedOn }) => ({ key, name, mergedOn })),
    successors,
    current: successors.at(-1) ?? null,
    untouched: lineage.predecessors.length === 0 && successors.length === 0,
  };
}

/** A province whose data a user may open: their own, or one merged into it (history, read-only). */
export interface ReadableProvince {
  code: string;
  name: string;
  merged: boolean;
  mergedOn: string | null;
}

/**
 * The provinces a user of `own` may read, their own first, then those merged into it, nearest first; the service
 * lets a successor's users read their predecessors' contests and entries.
 */
export function readableProvinces(own: { code: string; name: string }, lineage: Lineage): ReadableProvince[] {
  return [
    { code: own.code, name: own.name, merged: false, mergedOn: null },
    ...lineage.predecessors.map((link) => ({
      code: link.key,
      name: link.name,
      merged: true,
      mergedOn: link.mergedOn,
    })),
  ];
}
