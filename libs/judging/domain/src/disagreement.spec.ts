import { describe, expect, it } from 'vitest';
import { DEFAULT_DISAGREEMENT_SHARE, disagreementOf } from './disagreement.ts';

describe('disagreement', () => {
  it('flags totals spanning more than a quarter of the maximum, not exactly a quarter', () => {
    expect(disagreementOf([60, 85.01, 70], 100, DEFAULT_DISAGREEMENT_SHARE)).toEqual({
      range: 25.010000000000005,
      flagged: true,
    });
    expect(disagreementOf([60, 85, 70], 100, DEFAULT_DISAGREEMENT_SHARE)).toEqual({
      range: 25,
      flagged: false,
    });
  });

  it('scales with the rubric and the contest’s share', () => {
    expect(disagreementOf([10, 16], 20, 0.25).flagged).toBe(true);
    expect(disagreementOf([10, 16], 20, 0.5).flagged).toBe(false);
  });

  it('never flags a single judge', () => {
    expect(disagreementOf([3], 100, 0.01)).toEqual({ range: 0, flagged: false });
  });
});
