import { describe, expect, it } from 'vitest';
import { moved, settingsDraft, settingsInput } from './settings-form';

describe('judging settings form', () => {
  const settings = {
    aggregation: 'trimmed-mean' as const,
    normalise: true,
    criterionPriority: ['novelty', 'feasibility'],
    disagreementShare: 0.25,
    showOthersBeforeClose: false,
    roundWeights: [0.4, 0.6] as [number, number],
  };

  it('shows shares in percent and sends fractions', () => {
    const draft = settingsDraft(settings);
    expect(draft).toMatchObject({ disagreementPercent: '25', round1Percent: '40', round2Percent: '60' });
    expect(settingsInput(draft, 2)).toEqual(settings);
  });

  it('sends no round weights with one round, and a typed comma', () => {
    const draft = { ...settingsDraft({ ...settings, roundWeights: null }), disagreementPercent: '12,5' };
    expect(draft.round1Percent).toBe('50');
    expect(settingsInput(draft, 1)).toMatchObject({ roundWeights: null, disagreementShare: 0.125 });
    expect(Number.isNaN(settingsInput({ ...draft, disagreementPercent: 'x' }, 1).disagreementShare)).toBe(
      true,
    );
  });

  it('moves tie-break criteria up and down within the list', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});
