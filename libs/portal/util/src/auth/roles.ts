/** The platform's realm roles, in the order they are listed to users. */
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

/** True for the platform's own roles (not Keycloak's defaults such as offline_access). */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The platform roles among `values`, without duplicates, in the order of ROLES. */
export function platformRoles(values: readonly unknown[]): Role[] {
  return ROLES.filter((role) => values.includes(role));
}
