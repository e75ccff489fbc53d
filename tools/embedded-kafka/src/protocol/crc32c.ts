// CRC-32C (Castagnoli), the checksum of Kafka record batches v2. Slicing-by-8 tables keep it fast enough
// that verifying every produced batch costs far less than receiving it.
const POLYNOMIAL = 0x82f63b78;
const TABLES = new Int32Array(8 * 256);

for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
  TABLES[i] = c;
}
for (let i = 0; i < 256; i++) {
  for (let t = 1; t < 8; t++) {
    const previous = TABLES[(t - 1) * 256 + i] as number;
    TABLES[t * 256 + i] = (previous >>> 8) ^ (TABLES[previous & 0xff] as number);
  }
}

/** CRC-32C of `buffer[start, end)` as an unsigned 32-bit integer. */
export function crc32c(buffer: Uint8Array, start = 0, end = buffer.length): number {
  const t = TABLES;
  const b = buffer;
  let crc = ~0;
  let i = start;
  while (end - i >= 8) {
    const a =
      crc ^
      ((b[i] as number) |
        ((b[i + 1] as number) << 8) |
        ((b[i + 2] as number) << 16) |
        ((b[i + 3] as number) << 24));
    crc =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b[i + 4] as number)] as number) ^
      (t[512 + (b[i + 5] as number)] as number) ^
      (t[256 + (b[i + 6] as number)] as number) ^
      (t[b[i + 7] as number] as number);
    i += 8;
  }
  while (i < end) crc = (t[(crc ^ (b[i++] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}
