// Vietnamese text normalisation for the novelty check. Pure: no I/O, no database.

/** Unicode NFC, the form Vietnamese text is compared and stored in (decomposed input from some keyboards is recomposed). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

const combiningMarks = /\p{M}/gu;

/**
 * Lower case without diacritics: NFD, combining marks removed, đ → d. "Cải cách thủ tục" and "cai cach thu tuc"
 * fold to the same text, so an entry typed without diacritics matches one typed with them.
 */
export function fold(text: string): string {
  // đ has no decomposition (it is a letter of its own, not d plus a mark), so it is replaced explicitly.
  return text
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Syllables of a text in order, folded. Vietnamese writes one syllable per space-separated token, so a word
 * such as "thủ tục" is two tokens; digits stay (numbers of plans and decisions), punctuation goes.
 */
export function tokens(text: string): string[] {
  return fold(text).match(wordPattern) ?? [];
}
