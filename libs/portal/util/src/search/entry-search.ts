/** What a list of entries is narrowed to: words of the title or of a readable section, and of an author's name. */
export interface EntrySearch {
  words: string;
  author: string;
}

/** The service takes at most this many characters per parameter. */
export const MAX_SEARCH_LENGTH = 200;

export const NO_SEARCH: EntrySearch = { words: '', author: '' };

/** Typed text as it is searched for: single spaces, no surrounding blanks, within the service's limit. */
export function searchText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH).trim();
}

/** The search a page's URL holds in `?q=…&author=…`; anything else there counts as no search. */
export function entrySearchFromQuery(query: { q?: unknown; author?: unknown }): EntrySearch {
  return { words: searchText(query.q), author: searchText(query.author) };
}

/** The query parameters of a search; null removes a parameter, so an empty search leaves a clean URL. */
export function entrySearchQuery(search: EntrySearch): { q: string | null; author: string | null } {
  return { q: searchText(search.words) || null, author: searchText(search.author) || null };
}

/** The search as the entry list's filter takes it: only what is set. */
export function entrySearchFilter(search: EntrySearch): { q?: string; author?: string } {
  const { q, author } = entrySearchQuery(search);
  return { ...(q ? { q } : {}), ...(author ? { author } : {}) };
}

export function isSearching(search: EntrySearch): boolean {
  const { q, author } = entrySearchQuery(search);
  return q !== null || author !== null;
}

export function sameSearch(a: EntrySearch, b: EntrySearch): boolean {
  return searchText(a.words) === searchText(b.words) && searchText(a.author) === searchText(b.author);
}
