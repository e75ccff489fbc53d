import type { UnitInTree } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { unitKindKey, unitRows } from './unit-rows';

const unit = (overrides: Partial<UnitInTree> & Pick<UnitInTree, 'id' | 'name'>): UnitInTree => ({
  provinceCode: 'CB',
  parentId: null,
  code: overrides.id.toUpperCase(),
  kind: 'department',
  status: 'active',
  depth: 0,
  ...overrides,
});

describe('unitRows', () => {
  it('indents by depth and names the parent of nested units', () => {
    const rows = unitRows([
      unit({ id: 'snv', name: 'Sở Nội vụ' }),
      unit({ id: 'ccvt', name: 'Chi cục Văn thư', parentId: 'snv', depth: 1, kind: 'office' }),
      unit({ id: 'p1', name: 'Phòng 1', parentId: 'ccvt', depth: 2, kind: 'office', status: 'deactivated' }),
      unit({ id: 'ttt', name: 'Thanh tra tỉnh', kind: 'inspectorate' }),
    ]);
    expect(rows.map(({ name, level, indent, parentName }) => ({ name, level, indent, parentName }))).toEqual([
      { name: 'Sở Nội vụ', level: 1, indent: 0, parentName: null },
      { name: 'Chi cục Văn thư', level: 2, indent: 1.5, parentName: 'Sở Nội vụ' },
      { name: 'Phòng 1', level: 3, indent: 3, parentName: 'Chi cục Văn thư' },
      { name: 'Thanh tra tỉnh', level: 1, indent: 0, parentName: null },
    ]);
    expect(rows[2]).toMatchObject({
      code: 'P1',
      kindKey: 'units.kind.office',
      status: 'deactivated',
    });
  });

  it('caps the indentation of very deep units', () => {
    expect(unitRows([unit({ id: 'deep', name: 'x', depth: 20 })])[0]).toMatchObject({ level: 21, indent: 9 });
  });

  it('treats a missing parent and a malformed depth as top level', () => {
    expect(unitRows([unit({ id: 'a', name: 'A', parentId: 'gone', depth: -1 })])[0]).toMatchObject({
      level: 1,
      indent: 0,
      parentName: null,
    });
  });

  it('is empty for no units', () => {
    expect(unitRows([])).toEqual([]);
  });
});

describe('labels', () => {
  it('maps every known kind to its own key, anything else to unknown', () => {
    expect(unitKindKey('commune')).toBe('units.kind.commune');
    expect(unitKindKey('ward')).toBe('units.kind.unknown');
  });
});
