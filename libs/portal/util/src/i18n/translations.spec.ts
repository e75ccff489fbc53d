import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES } from './languages';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const reference = new Map(leaves(MESSAGES.vi));

  it.each(LANGUAGES.map((language) => language.code))('%s has every key, none empty', (code) => {
    const texts = new Map(leaves(MESSAGES[code]));
    expect([...texts.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of texts) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES.map((language) => language.code))('%s uses the same placeholders as vi', (code) => {
    for (const [key, text] of leaves(MESSAGES[code])) {
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });
});
