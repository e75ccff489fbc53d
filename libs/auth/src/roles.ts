/** The realm roles of the platform (deploy/keycloak/realm-cchc.json declares the same names). */
export const ROLES = [
  'platform-admin',
  'province-admin',
  'unit-coordinator',
  'author',
  'judge',
  'council-chair',
  'council-secretary',
  'approver',
  'analyst',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that act for the whole platform and may name any province explicitly. */
export const PLATFORM_ROLES: readonly Role[] = ['platform-admin'];

/** The roles of the people who can sit on a province's council. */
export const COUNCIL_ROLES: readonly Role[] = ['judge', 'council-chair', 'council-secretary'];
