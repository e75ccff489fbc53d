import { describe, expect, it } from 'vitest';
import { lineagePresentation, readableProvinces } from './lineage-rows';

describe('lineagePresentation', () => {
  it('lists what was merged into the subject with the day each was merged', () => {
    const shown = lineagePresentation({
      predecessors: [
        { key: 'HG', name: 'Hà Giang', mergedOn: '2025-07-01' },
        { key: 'XX', name: 'Tỉnh cũ', mergedOn: '1991-08-12' },
      ],
      successors: [],
    });
    expect(shown.predecessors).toEqual([
      { key: 'HG', name: 'Hà Giang', mergedOn: '2025-07-01' },
      { key: 'XX', name: 'Tỉnh cũ', mergedOn: '1991-08-12' },
    ]);
    expect(shown).toMatchObject({ successors: [], current: null, untouched: false });
  });

  it('dates each successor by the merger that led into it, and names the last as where the work goes on', () => {
    const shown = lineagePresentation(
      {
        predecessors: [],
        successors: [
          { key: 'TQ', name: 'Tuyên Quang', mergedOn: '2030-01-01' },
          { key: 'BM', name: 'Bắc Miền', mergedOn: null },
        ],
      },
      '2025-07-01',
    );
    expect(shown.successors).toEqual([
      { key: 'TQ', name: 'Tuyên Quang', mergedOn: '2025-07-01' },
      { key: 'BM', name: 'Bắc Miền', mergedOn: '2030-01-01' },
    ]);
    expect(shown.current).toEqual({ key: 'BM', name: 'Bắc Miền', mergedOn: '2030-01-01' });
  });

  it('leaves the first date open when the subject’s own merger date is not known', () => {
    const shown = lineagePresentation({
      predecessors: [],
      successors: [{ key: 'u2', name: 'Sở Nội vụ', mergedOn: null }],
    });
    expect(shown.successors[0]!.mergedOn).toBeNull();
  });

  it('says so when nothing was merged either way', () => {
    expect(lineagePresentation({ predecessors: [], successors: [] })).toEqual({
      predecessors: [],
      successors: [],
      current: null,
      untouched: true,
    });
  });
});

describe('readableProvinces', () => {
  it('offers the own province first, then the ones merged into it', () => {
    expect(
      readableProvinces(
        { code: 'TQ', name: 'Tuyên Quang' },
        { predecessors: [{ key: 'HG', name: 'Hà Giang', mergedOn: '2025-07-01' }], successors: [] },
      ),
    ).toEqual([
      { code: 'TQ', name: 'Tuyên Quang', merged: false, mergedOn: null },
      { code: 'HG', name: 'Hà Giang', merged: true, mergedOn: '2025-07-01' },
    ]);
  });
});
