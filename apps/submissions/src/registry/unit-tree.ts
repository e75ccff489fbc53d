/** Pure rules of a province's unit tree. */

export interface UnitNode {
  id: string;
  parentId: string | null;
}

/**
 * Orders units depth-first, each after its parent, with its depth; siblings keep their given order. Units whose
 * parent is missing count as top-level, so nothing is lost.
 */
export function treeOrder<T extends UnitNode>(units: T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: (T & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      ordered.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** True when making `newParentId` the parent of `unitId` would put the unit under itself. */
export function wouldCreateCycle(units: UnitNode[], unitId: string, newParentId: string): boolean {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  for (let current: string | null | undefined = newParentId; current; current = parentOf.get(current)) {
    if (current === unitId) return true;
  }
  return false;
}

/**
 * For every unit, the unit that stands for it today: itself, or the end of its chain of mergers. A chain that
 * loops (never written by the service) ends where it would repeat.
 */
export function standingUnits(
  units: readonly { id: string; mergedInto: string | null }[],
): Map<string, string> {
  const successor = new Map(units.map((unit) => [unit.id, unit.mergedInto]));
  const standing = new Map<string, string>();
  for (const unit of units) {
    const seen = new Set([unit.id]);
    let current = unit.id;
    for (let next = successor.get(current); next && !seen.has(next); next = successor.get(current)) {
      seen.add(next);
      current = next;
    }
    standing.set(unit.id, current);
  }
  return standing;
}
