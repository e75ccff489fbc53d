import type { UnitInTree, UnitKind } from '@cchc/portal-data-access';

/** A unit as one row of the units table. */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  /** 1 for top-level units. */
  level: number;
  /** Indentation of the name, in rem. */
  indent: number;
  parentName: string | null;
  status: string;
  kindKey: string;
}

const KINDS = Object.keys({
  department: true,
  board: true,
  sector: true,
  district: true,
  commune: true,
  inspectorate: true,
  office: true,
  other: true,
} satisfies Record<UnitKind, true>);
/** Deeper units stop moving right so that names stay readable on narrow screens. */
const MAX_INDENT_LEVELS = 6;
const INDENT_PER_LEVEL_REM = 1.5;

/** Translation key of a unit kind; kinds this portal does not know yet read "unknown". */
export function unitKindKey(kind: string): string {
  return `units.kind.${KINDS.includes(kind) ? kind : 'unknown'}`;
}

/** Table rows for units in depth-first order, indented by depth and naming each unit's parent. */
export function unitRows(units: readonly UnitInTree[]): UnitRow[] {
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return units.map((unit) => {
    const depth = Number.isInteger(unit.depth) && unit.depth > 0 ? unit.depth : 0;
    return {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      level: depth + 1,
      indent: Math.min(depth, MAX_INDENT_LEVELS) * INDENT_PER_LEVEL_REM,
      parentName: (unit.parentId && names.get(unit.parentId)) || null,
      status: unit.status,
      kindKey: unitKindKey(unit.kind),
    };
  });
}
