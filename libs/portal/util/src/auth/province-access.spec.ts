import type { PortalUser } from '@cchc/portal-util';
import { describe, expect, it } from 'vitest';
import { mayPickProvince, provinceToShow } from './province-access';

const user = (province: string | null, ...roles: PortalUser['roles']): PortalUser => ({
  username: 'u',
  name: 'U',
  province,
  unit: null,
  roles,
});

describe('province access', () => {
  it('shows users their own province whatever they ask for', () => {
    expect(provinceToShow(user('CB', 'province-admin'), undefined)).toBe('CB');
    expect(provinceToShow(user('CB', 'province-admin'), 'HG')).toBe('CB');
    expect(provinceToShow(user('CB', 'platform-admin'), 'HG')).toBe('CB');
    expect(mayPickProvince(user('CB', 'platform-admin'))).toBe(false);
  });

  it('lets a platform administrator without a province pick one', () => {
    const admin = user(null, 'platform-admin');
    expect(mayPickProvince(admin)).toBe(true);
    expect(provinceToShow(admin, undefined)).toBeNull();
    expect(provinceToShow(admin, 'hg')).toBe('HG');
    expect(provinceToShow(admin, '../x')).toBeNull();
  });

  it('shows nothing to other users without a province', () => {
    expect(mayPickProvince(user(null, 'analyst'))).toBe(false);
    expect(provinceToShow(user(null, 'analyst'), 'CB')).toBeNull();
  });
});
