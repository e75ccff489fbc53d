import { describe, expect, it } from 'vitest';
import {
  displayScore,
  hasAtMostDecimals,
  parseDecimal,
  pointsText,
  scoreText,
  shareText,
} from './judging-numbers';

describe('score texts', () => {
  it('rounds half away from zero, whatever the binary value', () => {
    expect(displayScore(87.335)).toBe(87.34);
    expect(displayScore(87.334999)).toBe(87.33);
    expect(displayScore(-0.001)).toBe(0);
  });

  it('writes two decimals with a comma in Vietnamese and a point in English', () => {
    expect(scoreText(87.335, 'vi')).toBe('87,34');
    expect(scoreText(87.335, 'en')).toBe('87.34');
    expect(scoreText(90, 'vi')).toBe('90,00');
    expect(scoreText(1 / 3, 'vi')).toBe('0,33');
  });

  it('writes points and shares with only the decimals they have', () => {
    expect(pointsText(20, 'vi')).toBe('20');
    expect(pointsText(12.5, 'vi')).toBe('12,5');
    expect(pointsText(12.5, 'en')).toBe('12.5');
    expect(shareText(0.25, 'vi')).toBe('25%');
    expect(shareText(0.125, 'vi')).toBe('12,5%');
  });
});

describe('typed numbers', () => {
  it.each<[string, number | null]>([
    ['18', 18],
    [' 7,5 ', 7.5],
    ['7.25', 7.25],
    [',5', 0.5],
    ['0', 0],
    ['-1', -1],
    ['', null],
    ['abc', null],
    ['1,2,3', null],
    ['1e3', null],
    ['12 5', null],
  ])('%j reads %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('tells numbers with more than two decimals', () => {
    expect(hasAtMostDecimals(2.25, 2)).toBe(true);
    expect(hasAtMostDecimals(0.1 + 0.2, 2)).toBe(true);
    expect(hasAtMostDecimals(0.3, 2)).toBe(true);
    expect(hasAtMostDecimals(2.255, 2)).toBe(false);
    expect(hasAtMostDecimals(19.99, 2)).toBe(true);
  });
});
