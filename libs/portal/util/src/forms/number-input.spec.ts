import { describe, expect, it } from 'vitest';
import { numberOrNull } from './number-input';

describe('numberOrNull', () => {
  it('reads numbers and treats blanks and garbage as no number', () => {
    expect(numberOrNull('2025')).toBe(2025);
    expect(numberOrNull(' 33.33 ')).toBe(33.33);
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('  ')).toBeNull();
    expect(numberOrNull('1e999')).toBeNull();
    expect(numberOrNull('abc')).toBeNull();
  });
});
