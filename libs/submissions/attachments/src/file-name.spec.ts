import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './file-name.ts';

describe('sanitiseFileName', () => {
  it('keeps a Vietnamese name in NFC and gives it the detected extension', () => {
    const decomposed = 'Đề án cải cách.PDF'.normalize('NFD');
    expect(sanitiseFileName(decomposed, 'pdf')).toBe('Đề án cải cách.pdf');
    expect(sanitiseFileName('bao-cao', 'docx')).toBe('bao-cao.docx');
  });

  it('drops folders, control and reserved characters', () => {
    expect(sanitiseFileName('..\\..\\windows/system32/a<b>:"c|?*\u0007.png', 'png')).toBe('abc.png');
    expect(sanitiseFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
  });

  it('names a file that has no usable name, and bounds a long one', () => {
    expect(sanitiseFileName('...', 'jpg')).toBe('tep-dinh-kem.jpg');
    const long = sanitiseFileName(`${'sáng kiến '.repeat(40)}.pdf`, 'pdf');
    expect(long.length).toBeLessThanOrEqual(180);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
