import { describe, expect, it } from 'vitest';
import { standingUnits, treeOrder, wouldCreateCycle } from './unit-tree.ts';

const units = [
  { id: 'so-noi-vu', parentId: null, name: 'Sở Nội vụ' },
  { id: 'phong-cchc', parentId: 'so-noi-vu', name: 'Phòng CCHC' },
  { id: 'to-1', parentId: 'phong-cchc', name: 'Tổ 1' },
  { id: 'ubnd-xa', parentId: null, name: 'UBND xã' },
];

describe('unit tree', () => {
  it('lists each unit after its parent, depth first, with its depth', () => {
    expect(treeOrder(units).map((unit) => [unit.id, unit.depth])).toEqual([
      ['so-noi-vu', 0],
      ['phong-cchc', 1],
      ['to-1', 2],
      ['ubnd-xa', 0],
    ]);
  });

  it('keeps a unit whose parent is unknown at the top', () => {
    expect(treeOrder([{ id: 'x', parentId: 'gone' }])).toEqual([{ id: 'x', parentId: 'gone', depth: 0 }]);
  });

  it('refuses to move a unit under itself or its descendants', () => {
    expect(wouldCreateCycle(units, 'so-noi-vu', 'to-1')).toBe(true);
    expect(wouldCreateCycle(units, 'phong-cchc', 'phong-cchc')).toBe(true);
    expect(wouldCreateCycle(units, 'to-1', 'ubnd-xa')).toBe(false);
  });

  it('maps each unit to the one standing for it after mergers, however many', () => {
    const standing = standingUnits([
      { id: 'huyen-cu', mergedInto: 'huyen-moi' },
      { id: 'huyen-moi', mergedInto: 'so-noi-vu' },
      { id: 'so-noi-vu', mergedInto: null },
      { id: 'vong-a', mergedInto: 'vong-b' },
      { id: 'vong-b', mergedInto: 'vong-a' },
    ]);
    expect(Object.fromEntries(standing)).toEqual({
      'huyen-cu': 'so-noi-vu',
      'huyen-moi': 'so-noi-vu',
      'so-noi-vu': 'so-noi-vu',
      'vong-a': 'vong-b',
      'vong-b': 'vong-a',
    });
  });
});
