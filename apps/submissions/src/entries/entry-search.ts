import { publicEntryView, type EntryDraft } from '@cchc/submissions-domain';
import { tokens } from '@cchc/submissions-novelty';

/** The text sections of the application a search looks in, unless their author marked them confidential. */
const SEARCHED_SECTIONS = [
  'currentSituation',
  'solution',
  'novelty',
  'applicationScope',
  'conditionsToApply',
  'benefits',
] as const;
/** More words than a person types into a search box; the rest are ignored. */
const MAX_WORDS = 12;

/** Words folded and spaced so that a search matches whole words: `' cai cach '` holds `' cach '`, not `' ca '`. */
const spaced = (words: readonly string[]) => ` ${words.join(' ')} `;

/**
 * The columns searches run on: the title with the sections anyone may read, and the authors' names, as folded
 * words (lower case, no diacritics), so "cai cach" finds "Cải cách" and a search never reveals a confidential
 * section.
 */
export function searchColumnsOf(content: EntryDraft): { searchText: string; authorNames: string } {
  const readable = publicEntryView(content) as Record<string, unknown>;
  const texts = [content.title, ...SEARCHED_SECTIONS.map((section) => readable[section])];
  return {
    searchText: spaced(tokens(texts.filter((text): text is string => typeof text === 'string').join('\n'))),
    authorNames: spaced(tokens((content.authors ?? []).map((author) => author.name ?? '').join('\n'))),
  };
}

/** What an entry's columns must contain for each word of a query: the folded word, whole. */
export function searchWords(query: string): string[] {
  return tokens(query)
    .slice(0, MAX_WORDS)
    .map((word) => spaced([word]));
}
