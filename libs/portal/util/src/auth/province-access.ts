import type { PortalUser } from './portal-user';

const PROVINCE_CODE = /^[A-Z]{2,16}$/;

/** True when the user may choose any province: a platform administrator not attached to one. */
export function mayPickProvince(user: PortalUser): boolean {
  return user.province === null && user.roles.includes('platform-admin');
}

/**
 * The province a page shows: the one the URL asks for (`requested`), else the user's own. Users with a province ask
 * for a province merged into theirs, whose history they may read; a platform administrator without one for any. The
 * service refuses any other, so this only reads the code; other users without a province see none.
 */
export function provinceInView(user: PortalUser, requested: string | undefined): string | null {
  const code = requested?.trim().toUpperCase() ?? '';
  const asked = PROVINCE_CODE.test(code) ? code : null;
  if (user.province) return asked ?? user.province;
  return mayPickProvince(user) ? asked : null;
}

/** True when the page shows another province than the user's own: a predecessor's history, which only reads. */
export function showsPredecessor(user: PortalUser, shown: string | null): boolean {
  return user.province !== null && shown !== null && shown !== user.province;
}

/** True when the user may import and merge the units of `province`: its own province admin, or a platform admin. */
export function mayManageUnits(user: PortalUser, province: string): boolean {
  return (
    user.roles.includes('platform-admin') ||
    (user.roles.includes('province-admin') && user.province === province)
  );
}
