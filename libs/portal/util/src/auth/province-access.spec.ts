import { describe, expect, it } from 'vitest';
import type { PortalUser } from './portal-user';
import { mayManageUnits, mayPickProvince, provinceInView, showsPredecessor } from './province-access';

const user = (province: string | null, ...roles: PortalUser['roles']): PortalUser => ({
  username: 'u',
  name: 'U',
  province,
  unit: null,
  roles,
});

describe('province access', () => {
  it('shows users their own province unless they ask for the history of another', () => {
    const admin = user('CB', 'province-admin');
    expect(provinceInView(admin, undefined)).toBe('CB');
    expect(provinceInView(admin, 'hg')).toBe('HG');
    expect(provinceInView(admin, '../x')).toBe('CB');
    expect(showsPredecessor(admin, 'CB')).toBe(false);
    expect(showsPredecessor(admin, 'HG')).toBe(true);
    expect(mayPickProvince(user('CB', 'platform-admin'))).toBe(false);
  });

  it('lets a platform administrator without a province pick one, which is not a predecessor', () => {
    const admin = user(null, 'platform-admin');
    expect(mayPickProvince(admin)).toBe(true);
    expect(provinceInView(admin, undefined)).toBeNull();
    expect(provinceInView(admin, 'hg')).toBe('HG');
    expect(provinceInView(admin, '../x')).toBeNull();
    expect(showsPredecessor(admin, 'HG')).toBe(false);
  });

  it('shows nothing to other users without a province', () => {
    expect(mayPickProvince(user(null, 'analyst'))).toBe(false);
    expect(provinceInView(user(null, 'analyst'), 'CB')).toBeNull();
  });
});

describe('mayManageUnits', () => {
  it('lets province admins manage their own province’s units and platform admins any', () => {
    expect(mayManageUnits(user('CB', 'province-admin'), 'CB')).toBe(true);
    expect(mayManageUnits(user('CB', 'province-admin'), 'HG')).toBe(false);
    expect(mayManageUnits(user(null, 'platform-admin'), 'HG')).toBe(true);
    expect(mayManageUnits(user('CB', 'unit-coordinator', 'analyst'), 'CB')).toBe(false);
  });
});
