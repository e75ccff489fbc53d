import { describe, expect, it } from 'vitest';
import { diffEntries, entryVersionRecord } from './entry-diff.ts';
import type { EntryDraft } from './entry.ts';
import { sampleEntryContent } from './testing/samples.ts';

describe('edit history', () => {
  const before = sampleEntryContent();

  it('finds nothing between equal versions', () => {
    expect(diffEntries(before, sampleEntryContent())).toEqual([]);
  });

  it('names a changed text by its path, with old and new value', () => {
    const after = sampleEntryContent({ title: 'Tên mới' });
    expect(diffEntries(before, after)).toEqual([
      { path: 'title', kind: 'changed', before: before.title, after: 'Tên mới' },
    ]);
  });

  it('descends into authors and nested objects', () => {
    const after = sampleEntryContent();
    after.authors[1]!.contributionPercent = 33.34;
    after.authors[2]!.contributionPercent = 33.33;
    after.stateFunding = { used: true, amountVnd: 20_000_000 };
    expect(diffEntries(before, after)).toEqual([
      { path: 'authors.1.contributionPercent', kind: 'changed', before: 33.33, after: 33.34 },
      { path: 'authors.2.contributionPercent', kind: 'changed', before: 33.34, after: 33.33 },
      { path: 'stateFunding.amountVnd', kind: 'changed', before: 15_000_000, after: 20_000_000 },
    ]);
  });

  it('reports an added and a removed author', () => {
    const added = sampleEntryContent();
    const newcomer = { ...added.authors[0]!, name: 'Võ Thị Em', contributionPercent: 10 };
    added.authors.push(newcomer);
    expect(diffEntries(before, added)).toEqual([
      { path: 'authors.3', kind: 'added', before: null, after: newcomer },
    ]);
    const removed = sampleEntryContent();
    const gone = removed.authors.pop();
    expect(diffEntries(before, removed)).toEqual([
      { path: 'authors.2', kind: 'removed', before: gone, after: null },
    ]);
  });

  it('reports a list of keys as one change', () => {
    const after = sampleEntryContent({ targetIndices: ['SIPAS', 'PCI'] });
    expect(diffEntries(before, after)).toEqual([
      { path: 'targetIndices', kind: 'changed', before: ['SIPAS', 'PAR_INDEX'], after: ['SIPAS', 'PCI'] },
    ]);
  });

  it('reports parts filled in or cleared in a draft', () => {
    const draft: EntryDraft = { title: 'Nháp' };
    expect(diffEntries(draft, { title: 'Nháp', novelty: 'Mới' })).toEqual([
      { path: 'novelty', kind: 'added', before: null, after: 'Mới' },
    ]);
    expect(diffEntries({ title: 'Nháp', investor: 'Công ty A' }, { title: 'Nháp', investor: null })).toEqual([
      { path: 'investor', kind: 'changed', before: 'Công ty A', after: null },
    ]);
    expect(diffEntries({ title: 'Nháp', novelty: 'Mới' }, draft)).toEqual([
      { path: 'novelty', kind: 'removed', before: 'Mới', after: null },
    ]);
  });

  it('makes a version-log line with who and when from the caller', () => {
    const record = entryVersionRecord(
      before,
      sampleEntryContent({ benefits: 'Hơn' }),
      'user-42',
      new Date(0),
    );
    expect(record).toEqual({
      by: 'user-42',
      at: '1970-01-01T00:00:00.000Z',
      changes: [{ path: 'benefits', kind: 'changed', before: before.benefits, after: 'Hơn' }],
    });
    expect(entryVersionRecord(before, sampleEntryContent(), 'user-42', new Date(0))).toBeNull();
  });
});
