import { platformRoles, type Role } from './roles';

/** The signed-in user as the portal shows and uses them. */
export interface PortalUser {
  username: string;
  name: string;
  /** Province code (the tenant); null for platform roles that span provinces. */
  province: string | null;
  unit: string | null;
  roles: Role[];
}

/** The claims of the identity provider's access token that the portal reads. */
export interface TokenClaims {
  sub?: string;
  preferred_username?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  province?: unknown;
  unit?: unknown;
  realm_access?: { roles?: unknown };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** Reads the user from token claims; missing or malformed claims give empty values, never an exception. */
export function userFromClaims(claims: TokenClaims | undefined): PortalUser {
  const username = text(claims?.preferred_username) ?? text(claims?.sub) ?? '';
  const fullName = [text(claims?.given_name), text(claims?.family_name)].filter(Boolean).join(' ');
  const roles = claims?.realm_access?.roles;
  return {
    username,
    name: text(claims?.name) ?? (fullName || username),
    province: text(claims?.province),
    unit: text(claims?.unit),
    roles: platformRoles(Array.isArray(roles) ? roles : []),
  };
}
