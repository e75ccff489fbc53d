import { describe, expect, it } from 'vitest';
import { nextMigrationFolderName } from './migration-files.ts';

describe('nextMigrationFolderName', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');

  it('stamps a new migration with the current UTC second', () => {
    expect(nextMigrationFolderName([], 'init', now)).toBe('20260304050607_init');
    expect(nextMigrationFolderName(['20250101000000_init'], 'add_field', now)).toBe(
      '20260304050607_add_field',
    );
  });

  it('sorts after a migration created in the same second, even when its name sorts later', () => {
    const name = nextMigrationFolderName(['20260304050607_init'], 'add_field', now);
    expect(name).toBe('20260304050608_add_field');
    expect([name, '20260304050607_init'].sort()[1]).toBe(name);
  });

  it('sorts after a migration stamped ahead of this clock, across a day boundary', () => {
    expect(nextMigrationFolderName(['20260304235959_init', 'README'], 'next', now)).toBe(
      '20260305000000_next',
    );
  });
});
