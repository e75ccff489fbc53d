/** Lifecycle of a province or a unit in the registry. */
export type RegistryStatus = 'active' | 'deactivated' | 'merged';

/** Kinds of unit the registry knows. */
export type UnitKind =
  'department' | 'board' | 'sector' | 'district' | 'commune' | 'inspectorate' | 'office' | 'other';

/** A province (tenant) as GET /api/submissions/provinces lists it. */
export interface Province {
  code: string;
  name: string;
  status: RegistryStatus;
  mergedInto: string | null;
}

/** A unit as GET /api/submissions/provinces/{code}/units lists it: depth-first, each after its parent. */
export interface UnitInTree {
  id: string;
  provinceCode: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  status: RegistryStatus;
  /** 0 for top-level units. */
  depth: number;
}

/** One step of a merge history: a province (key = code) or a unit (key = id). */
export interface LineageLink {
  key: string;
  name: string;
  /** When this one was merged into its successor, `YYYY-MM-DD`; null while it stands. */
  mergedOn: string | null;
}

/** A province's or a unit's merge history both ways, nearest first. */
export interface Lineage {
  /** Everything merged into it, directly or through others. */
  predecessors: LineageLink[];
  /** What it was merged into, then what that was merged into, and so on. */
  successors: LineageLink[];
}

/** A unit a file would create (dry run) or created; `row` is its line in the file, the header being line 1. */
export interface ImportedUnit {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

/** The answer to a unit import: the units of the file, parents first. */
export interface UnitImportReport {
  dryRun: boolean;
  /** Units created; 0 on a dry run. */
  imported: number;
  rows: ImportedUnit[];
}
