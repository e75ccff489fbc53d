import { describe, expect, it } from 'vitest';
import { userFromClaims } from './portal-user';

describe('userFromClaims', () => {
  it('reads name, province, unit and the platform roles of a token', () => {
    expect(
      userFromClaims({
        preferred_username: 'cb.admin',
        name: 'Nguyễn Văn An',
        province: 'CB',
        unit: 'SNV',
        realm_access: { roles: ['offline_access', 'analyst', 'province-admin', 'default-roles-cchc'] },
      }),
    ).toEqual({
      username: 'cb.admin',
      name: 'Nguyễn Văn An',
      province: 'CB',
      unit: 'SNV',
      roles: ['province-admin', 'analyst'],
    });
  });

  it('falls back to given and family name, then to the username', () => {
    expect(userFromClaims({ preferred_username: 'u', given_name: 'Thị', family_name: 'Bình' }).name).toBe(
      'Thị Bình',
    );
    expect(userFromClaims({ preferred_username: 'u' }).name).toBe('u');
  });

  it('treats missing or malformed claims as absent', () => {
    expect(userFromClaims({ province: 42, unit: ' ', realm_access: { roles: 'judge' } })).toEqual({
      username: '',
      name: '',
      province: null,
      unit: null,
      roles: [],
    });
    expect(userFromClaims(undefined).roles).toEqual([]);
  });
});
