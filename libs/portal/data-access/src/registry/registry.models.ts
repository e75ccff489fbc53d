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
