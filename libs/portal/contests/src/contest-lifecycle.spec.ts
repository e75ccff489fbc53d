import { describe, expect, it } from 'vitest';
import { isEditable, nextStatuses } from './contest-lifecycle';

describe('contest lifecycle', () => {
  it('offers the moves the service allows from each status', () => {
    expect(nextStatuses('draft')).toEqual(['open', 'archived']);
    expect(nextStatuses('open')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual(['open', 'judging']);
    expect(nextStatuses('judging')).toEqual(['finalized']);
    expect(nextStatuses('finalized')).toEqual(['archived']);
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('edits only drafts as a whole', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('open')).toBe(false);
  });
});
