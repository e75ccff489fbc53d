import { describe, expect, it } from 'vitest';
import { fold, nfc, tokens } from './normalise.ts';

const composed = 'Cải cách thủ tục hành chính tại Ủy ban nhân dân xã Đông Hòa';
const decomposed = composed.normalize('NFD');

describe('normalisation', () => {
  it('recomposes decomposed input', () => {
    expect(decomposed).not.toBe(composed);
    expect(nfc(decomposed)).toBe(composed);
  });

  it('folds NFC and NFD input to the same text', () => {
    expect(fold(decomposed)).toBe(fold(composed));
  });

  it('folds text with and without diacritics to the same text, đ as d', () => {
    expect(fold(composed)).toBe('cai cach thu tuc hanh chinh tai uy ban nhan dan xa dong hoa');
    expect(fold('CAI CACH THU TUC HANH CHINH TAI UY BAN NHAN DAN XA DONG HOA')).toBe(fold(composed));
  });

  it('removes the horn and breve of ơ, ư and ă', () => {
    expect(fold('Người dân được hướng dẫn tăng cường')).toBe('nguoi dan duoc huong dan tang cuong');
  });

  it('splits into syllables, keeps numbers and drops punctuation', () => {
    expect(tokens('Kế hoạch số 2684/KH-UBND, ngày 30/9/2021.')).toEqual([
      'ke',
      'hoach',
      'so',
      '2684',
      'kh',
      'ubnd',
      'ngay',
      '30',
      '9',
      '2021',
    ]);
    expect(tokens(decomposed)).toEqual(tokens(composed));
    expect(tokens(' ,.; ')).toEqual([]);
  });
});
