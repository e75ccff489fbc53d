import type { Entry, UnitInTree } from '@cchc/portal-data-access';
import { describe, expect, it } from 'vitest';
import { screeningRows } from './screening-rows';

const entry = (overrides: Partial<Entry>): Entry => ({
  id: 'e',
  contestId: 'c',
  provinceCode: 'CB',
  unitId: null,
  entrantKind: 'individual',
  ownerId: 'u',
  status: 'submitted',
  title: 'Một cửa điện tử',
  fieldKey: 'e-government',
  submittedAt: '2022-09-01T03:00:00.000Z',
  screeningNote: null,
  revision: 1,
  content: {},
  ...overrides,
});
const units = [{ id: 'stp', name: 'Sở Tư pháp' } as UnitInTree];

describe('screeningRows', () => {
  it('leaves drafts out and offers the decisions each status allows', () => {
    const rows = screeningRows(
      [
        entry({ id: 'draft', status: 'draft' }),
        entry({ id: 'new', status: 'submitted' }),
        entry({ id: 'fwd', status: 'forwarded' }),
        entry({ id: 'ok', status: 'eligible' }),
        entry({ id: 'no', status: 'ineligible', screeningNote: 'Trùng ý tưởng' }),
        entry({ id: 'gone', status: 'withdrawn' }),
      ],
      units,
    );
    expect(
      rows.map(({ id, mayMarkEligible, mayMarkIneligible }) => [id, mayMarkEligible, mayMarkIneligible]),
    ).toEqual([
      ['new', true, true],
      ['fwd', true, true],
      ['ok', false, true],
      ['no', true, false],
      ['gone', false, false],
    ]);
    expect(rows[3]!.note).toBe('Trùng ý tưởng');
  });

  it('names the unit and the authors', () => {
    const [row] = screeningRows(
      [
        entry({
          unitId: 'stp',
          content: { authors: [{ name: ' Bế Thị Lan ' }, { name: '' }, { name: 'Hoàng Văn Đức' }] },
        }),
      ],
      units,
    );
    expect(row).toMatchObject({ unitName: 'Sở Tư pháp', authors: 'Bế Thị Lan, Hoàng Văn Đức' });
    expect(screeningRows([entry({ unitId: 'gone' })], units)[0]!.unitName).toBeNull();
  });
});
