import type { Role } from '@cchc/portal-util';
import { describe, expect, it } from 'vitest';
import { maySee, SECTIONS, sectionsFor, type Section } from './navigation';

const ids = (roles: Role[]) => sectionsFor(roles).map((section) => section.id);

describe('role-aware navigation', () => {
  it.each<[Role, string[]]>([
    ['province-admin', ['units', 'contests', 'judging']],
    ['judge', ['judging']],
    ['council-chair', ['judging']],
    ['council-secretary', ['judging']],
    ['unit-coordinator', ['units', 'entries', 'unit-entries']],
    ['author', ['entries']],
    ['platform-admin', ['units', 'mergers']],
    ['analyst', ['units']],
  ])('%s sees %j', (role, sections) => {
    expect(ids([role])).toEqual(sections);
    for (const section of sections) expect(maySee(section, [role])).toBe(true);
  });

  it.each<Role>(['approver'])('%s sees no section yet', (role) => {
    expect(ids([role])).toEqual([]);
    expect(maySee('units', [role])).toBe(false);
  });

  it('keeps contests to province administrators, mergers to platform administrators, forwarding to coordinators', () => {
    expect(maySee('contests', ['platform-admin', 'author', 'unit-coordinator'])).toBe(false);
    expect(maySee('mergers', ['province-admin', 'analyst'])).toBe(false);
    expect(maySee('unit-entries', ['author'])).toBe(false);
  });

  it('keeps judging to province administrators and the council', () => {
    expect(maySee('judging', ['author', 'unit-coordinator', 'analyst', 'approver', 'platform-admin'])).toBe(
      false,
    );
  });

  it('shows nothing to a user without roles and nothing unknown', () => {
    expect(ids([])).toEqual([]);
    expect(maySee('rewards', ['platform-admin'])).toBe(false);
  });

  it('lists each section once, in navigation order, for a user with several roles', () => {
    const sections: Section[] = [
      { id: 'a', path: '/a', labelKey: 'a', descriptionKey: 'a', roles: ['judge'] },
      { id: 'b', path: '/b', labelKey: 'b', descriptionKey: 'b', roles: ['author', 'judge'] },
      { id: 'c', path: '/c', labelKey: 'c', descriptionKey: 'c', roles: ['approver'] },
    ];
    expect(sectionsFor(['author', 'judge'], sections).map((section) => section.id)).toEqual(['a', 'b']);
  });

  it('has unique ids and absolute paths', () => {
    expect(new Set(SECTIONS.map((section) => section.id)).size).toBe(SECTIONS.length);
    for (const section of SECTIONS) expect(section.path.startsWith('/')).toBe(true);
  });
});
