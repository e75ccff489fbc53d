import type { PortalUser } from '@cchc/portal-util';

/** True when the user may choose any province: a platform administrator not attached to one. */
export function mayPickProvince(user: PortalUser): boolean {
  return user.province === null && user.roles.includes('platform-admin');
}

/**
 * The province whose units the user sees: always their own; a platform administrator without a province sees
 * the one they picked (`requested`), others none.
 */
export function provinceToShow(user: PortalUser, requested: string | undefined): string | null {
  if (user.province) return user.province;
  if (!mayPickProvince(user) || !requested) return null;
  const code = requested.trim().toUpperCase();
  return /^[A-Z]{2,16}$/.test(code) ? code : null;
}
