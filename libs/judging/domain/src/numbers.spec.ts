import { describe, expect, it } from 'vitest';
import { displayScore, hasAtMostDecimals, sumsToOne } from './numbers.ts';

describe('decimals, sums and display', () => {
  it('accepts two decimals written in binary floating point and refuses three', () => {
    expect([7.25, 0.29, 19.99, 20].every((value) => hasAtMostDecimals(value, 2))).toBe(true);
    expect([2.255, 0.001, 7.125].some((value) => hasAtMostDecimals(value, 2))).toBe(false);
  });

  it('adds fractions as people mean them', () => {
    expect(sumsToOne([0.1, 0.2, 0.7])).toBe(true);
    expect(sumsToOne([0.3, 0.3, 0.3])).toBe(false);
  });

  it('rounds displayed scores half away from zero at two decimals', () => {
    expect(displayScore(87.335)).toBe(87.34);
    expect(displayScore(1.005)).toBe(1.01);
    expect(displayScore(78.3333333)).toBe(78.33);
    expect(displayScore(-2.345)).toBe(-2.35);
    expect(Object.is(displayScore(-0.001), 0)).toBe(true);
  });
});
