import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_USERS_FILE, startDevIdp, type DevIdp } from '@cchc/dev-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL_ROLES } from './roles.ts';
import { createUserDirectory, UserDirectoryError, type UserDirectoryOptions } from './user-directory.ts';

let idp: DevIdp;
let dataDir: string;

const directory = (options: Partial<UserDirectoryOptions> = {}) =>
  createUserDirectory({
    issuer: idp.issuer,
    clientId: 'judging',
    clientSecret: idp.clientSecrets['judging']!,
    ...options,
  });

/** Cao Bằng's council candidates among the demo users and the extra ones below, in Vietnamese order. */
const CB_COUNCIL = [
  {
    userId: 'c471a378-6d5e-56d0-bf38-8aff84c254ef',
    username: 'cb-council-chair',
    name: 'Đàm Quang Hưng',
    unit: 'CB-SNV',
    province: 'CB',
    roles: ['council-chair'],
  },
  {
    userId: '844a2e40-058e-5388-9d5f-a8045015741e',
    username: 'cb-council-secretary',
    name: 'Hà Thị Thu',
    unit: 'CB-SNV',
    province: 'CB',
    roles: ['council-secretary'],
  },
  {
    userId: '9234787f-8bba-54e7-86f6-d5e881d90c87',
    username: 'cb-judge',
    name: 'Lục Văn Minh',
    unit: 'CB-SKHCN',
    province: 'CB',
    roles: ['judge'],
  },
  {
    userId: 'c96d21b4-c0b0-5112-a6a9-287f8a4cf3da',
    username: 'cb-judge-2',
    name: 'Ma Thị Hằng',
    unit: 'CB-STC',
    province: 'CB',
    roles: ['judge'],
  },
  {
    userId: 'e0f1c8a2-5d3b-5c4e-9a7f-1b2c3d4e5f60',
    username: 'cb-judge-secretary',
    name: 'Ông Văn Sơn',
    unit: null,
    province: 'CB',
    roles: ['judge', 'council-secretary'],
  },
];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'auth-directory-'));
  // The demo users plus a judge who is also a secretary and has no unit, and a disabled judge.
  const users = JSON.parse(await readFile(DEFAULT_USERS_FILE, 'utf8')) as { users: object[] };
  users.users.push(
    {
      id: 'e0f1c8a2-5d3b-5c4e-9a7f-1b2c3d4e5f60',
      username: 'cb-judge-secretary',
      enabled: true,
      firstName: 'Sơn',
      lastName: 'Ông Văn',
      realmRoles: ['judge', 'council-secretary'],
      attributes: { province: ['CB'] },
    },
    {
      username: 'cb-former-judge',
      enabled: false,
      firstName: 'An',
      lastName: 'Bế Văn',
      realmRoles: ['judge'],
      attributes: { province: ['CB'], unit: ['CB-STP'] },
    },
  );
  const usersFile = path.join(dataDir, 'users.json');
  await writeFile(usersFile, JSON.stringify(users));
  idp = await startDevIdp({ port: 0, dataDir, usersFile, env: {}, log: () => {} });
});

afterAll(async () => {
  await idp?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('createUserDirectory against the identity provider', () => {
  it("lists a province's judges, chairs and secretaries with names and units, in Vietnamese order", async () => {
    expect(await directory().usersWithRoles([...COUNCIL_ROLES], 'CB')).toEqual(CB_COUNCIL);
  });

  it("lists only the province's own people and only the roles asked for", async () => {
    const hg = await directory().usersWithRoles(['judge', 'council-chair', 'council-secretary'], 'HG');
    expect(hg.map((user) => [user.username, user.name, user.unit, user.roles])).toEqual([
      ['hg-council-chair', 'Phạm Văn Long', 'HG-SNV', ['council-chair']],
      ['hg-council-secretary', 'Sùng Thị Mỷ', 'HG-SNV', ['council-secretary']],
      ['hg-judge', 'Trần Đức Thắng', 'HG-STP', ['judge']],
    ]);
    const judges = await directory().usersWithRoles(['judge'], 'CB');
    expect(judges.map((user) => [user.username, user.roles])).toEqual([
      ['cb-judge', ['judge']],
      ['cb-judge-2', ['judge']],
      ['cb-judge-secretary', ['judge']],
    ]);
    expect(await directory().usersWithRoles(['judge'], 'XX')).toEqual([]);
  });

  it('reads every page when the page size is small', async () => {
    for (const pageSize of [1, 2, 3, 5])
      expect(
        await directory({ pageSize }).usersWithRoles(COUNCIL_ROLES, 'CB'),
        `page size ${pageSize}`,
      ).toEqual(CB_COUNCIL);
  });

  it('rejects a wrong client secret with a UserDirectoryError that says so', async () => {
    const rejected = directory({ clientSecret: 'not-the-secret' }).usersWithRoles(COUNCIL_ROLES, 'CB');
    await expect(rejected).rejects.toBeInstanceOf(UserDirectoryError);
    await expect(rejected).rejects.toThrow(
      'The identity provider refused a token to client judging (invalid_client): check its client secret (AUTH_CLIENT_SECRET)',
    );
  });

  it('rejects a client whose service account may not read users, naming the roles it needs', async () => {
    const rejected = directory({
      clientId: 'submissions',
      clientSecret: idp.clientSecrets['submissions']!,
    }).usersWithRoles(['judge'], 'CB');
    await expect(rejected).rejects.toMatchObject({
      name: 'UserDirectoryError',
      status: 403,
      message: expect.stringContaining('needs the realm-management roles view-users and view-realm'),
    });
  });

  it('rejects an identity provider that does not answer', async () => {
    const rejected = directory({ issuer: 'http://127.0.0.1:9/realms/cchc' }).usersWithRoles(['judge'], 'CB');
    await expect(rejected).rejects.toBeInstanceOf(UserDirectoryError);
    await expect(rejected).rejects.toThrow(
      /did not answer the token request of client judging at http:\/\/127\.0\.0\.1:9/,
    );
  });

  it('keeps the members of a role for the cache time, so a stopped provider is not noticed until then', async () => {
    const cached = directory({ cacheSeconds: 60 });
    const uncached = directory({ cacheSeconds: 0 });
    expect(await cached.usersWithRoles(COUNCIL_ROLES, 'CB')).toEqual(CB_COUNCIL);
    expect(await uncached.usersWithRoles(COUNCIL_ROLES, 'CB')).toEqual(CB_COUNCIL);
    await idp.stop();
    expect(await cached.usersWithRoles(COUNCIL_ROLES, 'HG')).toHaveLength(3);
    await expect(uncached.usersWithRoles(COUNCIL_ROLES, 'CB')).rejects.toBeInstanceOf(UserDirectoryError);
  });
});
