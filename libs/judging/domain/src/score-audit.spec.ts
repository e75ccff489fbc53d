import { describe, expect, it } from 'vitest';
import { scoreChange } from './score-audit.ts';
import { sampleScore } from './testing/samples.ts';

const at = new Date('2021-11-10T03:00:00Z');

describe('score history', () => {
  it('records the first save with every criterion new', () => {
    const change = scoreChange(
      null,
      sampleScore({ state: 'draft', points: { novelty: 10 }, comment: '' }),
      'u-science',
      at,
    );
    expect(change).toEqual({
      entryId: 'entry-1',
      judgeId: 'u-science',
      round: 1,
      by: 'u-science',
      at: '2021-11-10T03:00:00.000Z',
      points: [{ criterion: 'novelty', old: null, new: 10 }],
      comment: { old: null, new: '' },
      state: { old: null, new: 'draft' },
    });
  });

  it('records only what changed, old and new per criterion', () => {
    const before = sampleScore();
    const after = sampleScore({ points: { ...before.points, novelty: 18, feasibility: 12 } });
    const change = scoreChange(before, after, 'u-secretary', at);
    expect(change?.points).toEqual([
      { criterion: 'novelty', old: 16, new: 18 },
      { criterion: 'feasibility', old: 11, new: 12 },
    ]);
    expect(change?.comment).toBeNull();
    expect(change?.state).toBeNull();
    expect(change?.by).toBe('u-secretary');
  });

  it('records points cleared from a draft and a changed comment', () => {
    const before = sampleScore({ state: 'draft', points: { novelty: 10, creativity: 5 } });
    const after = sampleScore({ state: 'draft', points: { novelty: 10 }, comment: 'Cần bổ sung số liệu' });
    const change = scoreChange(before, after, 'u-science', at);
    expect(change?.points).toEqual([{ criterion: 'creativity', old: 5, new: null }]);
    expect(change?.comment).toEqual({ old: before.comment, new: 'Cần bổ sung số liệu' });
  });

  it('leaves no record when nothing changed', () => {
    expect(scoreChange(sampleScore(), sampleScore(), 'u-science', at)).toBeNull();
  });
});
