/** True for a missing value or text with nothing but white space. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/**
 * A person's name reduced for comparison: NFC (Vietnamese typed on different keyboards arrives composed or
 * decomposed), spaces collapsed, lower case; diacritics are kept, since "Lê" and "Le" are different names.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Indexes of the items that repeat an earlier item (the first occurrence is not listed). */
export function duplicatesOf<T>(items: readonly T[], key: (item: T) => unknown = (item) => item): number[] {
  const seen = new Set<unknown>();
  const repeats: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeats.push(index);
    else seen.add(value);
  });
  return repeats;
}

/** Stable keys of criteria: lower-case letters and digits in words joined by hyphens, like the contest's fields. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
