import type { CouncilCandidate, UnitInTree } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { availableCandidates, councilDraft, councilInput, majorityOf, memberOf } from './council-form';

const unit = (id: string, code: string, name: string): UnitInTree => ({
  id,
  provinceCode: 'CB',
  parentId: null,
  code,
  name,
  kind: 'department',
  status: 'active',
  depth: 0,
});
const units = [unit('u1', 'CB-SNV', 'Sở Nội vụ'), unit('u2', 'CB-SKHCN', 'Sở Khoa học và Công nghệ')];
const candidate = (
  userId: string,
  name: string,
  roles: string[],
  unitCode: string | null,
): CouncilCandidate => ({
  userId,
  username: userId,
  name,
  unit: unitCode,
  roles,
});

describe('council members', () => {
  it('takes the role from the realm role and the unit from the registry by its code', () => {
    expect(memberOf(candidate('c', 'Chủ tịch', ['council-chair'], 'CB-SNV'), units)).toEqual({
      userId: 'c',
      name: 'Chủ tịch',
      role: 'chair',
      unitId: 'u1',
      unitName: 'Sở Nội vụ',
    });
    expect(memberOf(candidate('s', 'Thư ký', ['council-secretary'], null), units)).toMatchObject({
      role: 'secretary',
      unitId: null,
      unitName: null,
    });
    expect(memberOf(candidate('j', 'Giám khảo', ['judge'], 'CB-KHAC'), units)).toMatchObject({
      role: 'member',
      unitId: null,
      unitName: 'CB-KHAC',
    });
  });

  it('offers only those not chosen yet, by Vietnamese name order', () => {
    const candidates = [
      candidate('b', 'Đỗ Văn B', ['judge'], null),
      candidate('a', 'Bùi Thị A', ['judge'], null),
      candidate('c', 'Dương C', ['judge'], null),
    ];
    const chosen = [memberOf(candidates[2]!, units)];
    expect(availableCandidates(candidates, chosen).map((each) => each.name)).toEqual([
      'Bùi Thị A',
      'Đỗ Văn B',
    ]);
  });

  it('needs a majority by default', () => {
    expect([0, 1, 2, 5, 6].map(majorityOf)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('council form', () => {
  it('reads a council back and sends it without the unit names', () => {
    const draft = councilDraft(
      {
        contestId: 'k',
        decision: { number: '12/QĐ-UBND', date: '2025-10-01', signer: 'Chủ tịch UBND tỉnh' },
        members: [{ userId: 'c', name: 'Chủ tịch', role: 'chair', unitId: 'u1' }],
        quorum: 1,
      },
      units,
    );
    expect(draft.members[0]!.unitName).toBe('Sở Nội vụ');
    expect(draft.quorum).toBe('1');
    expect(councilInput({ ...draft, number: ' 12/QĐ-UBND ' })).toEqual({
      decision: { number: '12/QĐ-UBND', date: '2025-10-01', signer: 'Chủ tịch UBND tỉnh' },
      members: [{ userId: 'c', name: 'Chủ tịch', role: 'chair', unitId: 'u1' }],
      quorum: 1,
    });
  });

  it('starts empty and sends an empty quorum as 0 for the service to name', () => {
    const draft = councilDraft(null, units);
    expect(draft).toEqual({ number: '', date: '', signer: '', members: [], quorum: '' });
    expect(councilInput(draft).quorum).toBe(0);
  });
});
