import { describe, expect, it } from 'vitest';
import { statusTone } from './status-tone';

describe('statusTone', () => {
  it('colours the statuses of contests and entries by what they mean', () => {
    expect(statusTone('contest', 'open')).toBe('success');
    expect(statusTone('contest', 'draft')).toBe('muted');
    expect(statusTone('entry', 'eligible')).toBe('success');
    expect(statusTone('entry', 'ineligible')).toBe('danger');
    expect(statusTone('entry', 'submitted')).toBe('info');
    expect(statusTone('registry', 'active')).toBe('success');
    expect(statusTone('registry', 'merged')).toBe('info');
  });

  it('mutes a status it does not know', () => {
    expect(statusTone('entry', 'open')).toBe('muted');
    expect(statusTone('contest', 'toString')).toBe('muted');
  });
});
