import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS, type EntryText } from './entry-text.ts';
import { fingerprint, LSH } from './fingerprint.ts';
import { Random } from './testing/random.ts';
import { draftOf, randomSpec, render } from './testing/corpus.ts';
import { stripDiacritics } from './testing/labelled-set.ts';

const text: EntryText = render(draftOf(randomSpec(new Random(7)), new Random(8)));

describe('fingerprint', () => {
  it('keeps sorted distinct shingles per field and the bands of the whole entry and the solution', () => {
    const print = fingerprint(text);
    for (const field of TEXT_FIELDS) {
      const shingles = print.shingles[field];
      expect(shingles.length).toBeGreaterThan(0);
      expect(shingles).toEqual([...new Set(shingles)].sort((a, b) => a - b));
    }
    expect(print.bands).toHaveLength(LSH.document.bands + LSH.solution.bands);
  });

  it('is the same for the text without diacritics', () => {
    const stripped = Object.fromEntries(
      TEXT_FIELDS.map((field) => [field, stripDiacritics(text[field])]),
    ) as EntryText;
    expect(stripped.solution).not.toBe(text.solution);
    expect(fingerprint(stripped)).toEqual(fingerprint(text));
  });

  it('has no solution bands without a solution', () => {
    expect(fingerprint({ ...text, solution: '' }).bands).toHaveLength(LSH.document.bands);
  });
});
