import { describe, expect, it } from 'vitest';
import {
  entrySearchFilter,
  entrySearchFromQuery,
  entrySearchQuery,
  isSearching,
  MAX_SEARCH_LENGTH,
  NO_SEARCH,
  sameSearch,
} from './entry-search';

describe('entry search and the URL', () => {
  it('reads the words and the author from the query, tidied', () => {
    expect(entrySearchFromQuery({ q: '  cải   cách ', author: 'Bế  Thị Lan' })).toEqual({
      words: 'cải cách',
      author: 'Bế Thị Lan',
    });
    expect(entrySearchFromQuery({})).toEqual(NO_SEARCH);
  });

  it('ignores what a hand-made URL puts there that is not one text', () => {
    expect(entrySearchFromQuery({ q: ['a', 'b'], author: 3 })).toEqual(NO_SEARCH);
  });

  it('keeps a search within the service’s limit', () => {
    expect(entrySearchFromQuery({ q: 'x'.repeat(500) }).words).toHaveLength(MAX_SEARCH_LENGTH);
  });

  it('writes only what is set, removing the rest from the URL', () => {
    expect(entrySearchQuery({ words: ' zalo ', author: '' })).toEqual({ q: 'zalo', author: null });
    expect(entrySearchQuery(NO_SEARCH)).toEqual({ q: null, author: null });
    expect(entrySearchFilter({ words: '', author: ' Đức ' })).toEqual({ author: 'Đức' });
    expect(entrySearchFilter(NO_SEARCH)).toEqual({});
  });

  it('comes back the same after a round trip through the URL', () => {
    const search = { words: 'một cửa', author: 'Hoàng Văn Đức' };
    const { q, author } = entrySearchQuery(search);
    expect(entrySearchFromQuery({ q: q ?? undefined, author: author ?? undefined })).toEqual(search);
  });

  it('tells whether anything is searched for, and whether two searches are the same', () => {
    expect(isSearching(NO_SEARCH)).toBe(false);
    expect(isSearching({ words: ' ', author: '' })).toBe(false);
    expect(isSearching({ words: '', author: 'Lan' })).toBe(true);
    expect(sameSearch({ words: 'cải cách ', author: '' }, { words: 'cải  cách', author: '' })).toBe(true);
    expect(sameSearch({ words: 'cải', author: '' }, { words: 'cách', author: '' })).toBe(false);
  });
});
