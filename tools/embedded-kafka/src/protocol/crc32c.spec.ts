import { describe, expect, it } from 'vitest';
import { crc32c } from './crc32c.ts';

describe('crc32c', () => {
  it('matches the CRC-32C check value and RFC 3720 vectors', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(32, 0))).toBe(0x8a9136aa);
    expect(crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    expect(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
  });

  it('checksums a sub-range the same as a copy of it', () => {
    const data = Buffer.from('xx123456789yy');
    expect(crc32c(data, 2, 11)).toBe(0xe3069283);
  });
});
