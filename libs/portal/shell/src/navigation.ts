import type { Role } from '@cchc/portal-util';

/** A section of the portal in the main navigation. */
export interface Section {
  id: string;
  /** Absolute router path. */
  path: string;
  /** Translation key of its name in the navigation. */
  labelKey: string;
  /** Translation key of its one-line description on the home page. */
  descriptionKey: string;
  /** Roles that may use it; a user needs one of them. */
  roles: readonly Role[];
}

/** Every section that exists, in navigation order. Add a section here only once its page exists. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'units',
    path: '/units',
    labelKey: 'nav.units',
    descriptionKey: 'home.sections.units',
    roles: ['province-admin', 'unit-coordinator', 'platform-admin', 'analyst'],
  },
  {
    id: 'mergers',
    path: '/mergers',
    labelKey: 'nav.mergers',
    descriptionKey: 'home.sections.mergers',
    roles: ['platform-admin'],
  },
  {
    id: 'contests',
    path: '/contests',
    labelKey: 'nav.contests',
    descriptionKey: 'home.sections.contests',
    roles: ['province-admin'],
  },
  {
    id: 'entries',
    path: '/entries',
    labelKey: 'nav.entries',
    descriptionKey: 'home.sections.entries',
    roles: ['author', 'unit-coordinator'],
  },
  {
    id: 'unit-entries',
    path: '/unit-entries',
    labelKey: 'nav.unitEntries',
    descriptionKey: 'home.sections.unitEntries',
    roles: ['unit-coordinator'],
  },
  {
    id: 'judging',
    path: '/judging',
    labelKey: 'nav.judging',
    descriptionKey: 'home.sections.judging',
    roles: ['province-admin', 'council-secretary', 'council-chair', 'judge'],
  },
];

/** The sections a user with these roles may use, in navigation order. */
export function sectionsFor(roles: readonly Role[], sections: readonly Section[] = SECTIONS): Section[] {
  return sections.filter((section) => section.roles.some((role) => roles.includes(role)));
}

/** True when a user with these roles may use the section with this id. */
export function maySee(
  sectionId: string,
  roles: readonly Role[],
  sections: readonly Section[] = SECTIONS,
): boolean {
  return sectionsFor(roles, sections).some((section) => section.id === sectionId);
}
