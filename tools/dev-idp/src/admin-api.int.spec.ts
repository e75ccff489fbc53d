import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REALM_FILE, DEFAULT_USERS_FILE, startDevIdp, type DevIdp } from './index.ts';
import type { StrictRealm, StrictUsersFile } from './keycloak-representations.ts';
import { decodeJwtPayload } from './testing/browser.ts';
import { basicAuth, DEMO_PASSWORD, loginAs, tokenRequest } from './testing/flow.ts';

let idp: DevIdp;
let dataDir: string;
let judgingToken: string;

async function serviceToken(clientId: string): Promise<string> {
  const response = await tokenRequest(
    idp.issuer,
    { grant_type: 'client_credentials' },
    basicAuth(clientId, idp.clientSecrets[clientId]!),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

const admin = (pathAndQuery: string, token?: string) =>
  fetch(`${idp.url}/admin/realms/${pathAndQuery}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

async function usernames(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { username: string }[]).map((user) => user.username);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dev-idp-admin-'));
  // The demo users plus a disabled judge: Keycloak lists disabled users among a role's members too.
  const users = JSON.parse(await readFile(DEFAULT_USERS_FILE, 'utf8')) as StrictUsersFile;
  users.users.push({
    username: 'cb-former-judge',
    enabled: false,
    firstName: 'Cũ',
    lastName: 'Nông Văn',
    email: 'cb-former-judge@cchc.example',
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    realmRoles: ['judge'],
    attributes: { province: ['CB'], unit: ['CB-SNV'] },
  });
  const usersFile = path.join(dataDir, 'users.json');
  await writeFile(usersFile, JSON.stringify(users));
  // The realm plus a reporting service account that may view users but not the realm.
  const realm = JSON.parse(await readFile(DEFAULT_REALM_FILE, 'utf8')) as StrictRealm;
  realm.users = [
    ...(realm.users ?? []),
    {
      username: 'service-account-reporting',
      enabled: true,
      serviceAccountClientId: 'reporting',
      clientRoles: { 'realm-management': ['view-users'] },
    },
  ];
  const realmFile = path.join(dataDir, 'realm.json');
  await writeFile(realmFile, JSON.stringify(realm));
  idp = await startDevIdp({ port: 0, dataDir, realmFile, usersFile, env: {}, log: () => {} });
  judgingToken = await serviceToken('judging');
});

afterAll(async () => {
  await idp?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('service-account roles in client-credentials tokens', () => {
  it("carries the realm-management roles of judging's service account, composites expanded, as Keycloak does", () => {
    const payload = decodeJwtPayload(judgingToken);
    expect(payload['preferred_username']).toBe('service-account-judging');
    expect(payload['resource_access']).toMatchObject({
      'realm-management': { roles: ['query-groups', 'query-users', 'view-realm', 'view-users'] },
    });
    // Keycloak's audience-resolve mapper names every client whose roles the token carries.
    expect(payload['aud']).toEqual(expect.arrayContaining(['realm-management']));
  });

  it('gives a service account without admin roles none', async () => {
    const payload = decodeJwtPayload(await serviceToken('submissions'));
    expect(payload['resource_access']).not.toHaveProperty('realm-management');
  });
});

describe('GET /admin/realms/{realm}/roles/{role}/users', () => {
  it('answers 401 without a bearer token, with a token that is not one of the realm, and with a refresh token', async () => {
    const { tokens } = await loginAs(idp.issuer, 'cb-judge');
    for (const token of [undefined, 'garbage', `${judgingToken.slice(0, -4)}AAAA`, tokens.refresh_token]) {
      const response = await admin('cchc/roles/judge/users', token);
      expect(response.status, String(token)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('answers 403 to a token without the admin roles: another service, a signed-in user', async () => {
    const { tokens } = await loginAs(idp.issuer, 'cb-province-admin');
    for (const token of [await serviceToken('submissions'), tokens.access_token]) {
      const response = await admin('cchc/roles/judge/users', token);
      expect(response.status).toBe(403);
    }
  });

  it('answers 403 to view-users without view-realm, as Keycloak checks both for this endpoint', async () => {
    const reporting = await serviceToken('reporting');
    expect(decodeJwtPayload(reporting)['resource_access']).toMatchObject({
      'realm-management': { roles: ['query-groups', 'query-users', 'view-users'] },
    });
    expect((await admin('cchc/roles/judge/users', reporting)).status).toBe(403);
    expect((await admin('cchc/users/9234787f-8bba-54e7-86f6-d5e881d90c87', reporting)).status).toBe(200);
  });

  it("lists a role's users ordered by username, disabled ones included, with attributes in the full representation", async () => {
    const response = await admin('cchc/roles/judge/users', judgingToken);
    expect(response.headers.get('content-type')).toContain('application/json');
    const users = (await response.json()) as Record<string, unknown>[];
    expect(users.map((user) => user['username'])).toEqual([
      'cb-former-judge',
      'cb-judge',
      'cb-judge-2',
      'hg-judge',
    ]);
    expect(users[2]).toEqual({
      id: 'c96d21b4-c0b0-5112-a6a9-287f8a4cf3da',
      username: 'cb-judge-2',
      firstName: 'Hằng',
      lastName: 'Ma Thị',
      email: 'cb-judge-2@cchc.example',
      emailVerified: true,
      createdTimestamp: expect.any(Number),
      enabled: true,
      totp: false,
      disableableCredentialTypes: [],
      requiredActions: [],
      notBefore: 0,
      attributes: { province: ['CB'], unit: ['CB-STC'] },
    });
    expect(users[0]).toMatchObject({ username: 'cb-former-judge', enabled: false });
    expect(JSON.stringify(users)).not.toContain(DEMO_PASSWORD);
  });

  it('gives the brief representation, without attributes, when asked', async () => {
    const response = await admin('cchc/roles/council-chair/users?briefRepresentation=true', judgingToken);
    const users = (await response.json()) as Record<string, unknown>[];
    expect(users.map((user) => user['username'])).toEqual(['cb-council-chair', 'hg-council-chair']);
    expect(Object.keys(users[0]!).sort()).toEqual([
      'createdTimestamp',
      'email',
      'emailVerified',
      'enabled',
      'firstName',
      'id',
      'lastName',
      'username',
    ]);
    const full = (await (
      await admin('cchc/roles/council-chair/users?briefRepresentation=false', judgingToken)
    ).json()) as Record<string, unknown>[];
    expect(full[0]!['attributes']).toEqual({ province: ['CB'], unit: ['CB-SNV'] });
  });

  it('pages with first and max', async () => {
    const page = async (query: string) =>
      usernames(await admin(`cchc/roles/judge/users?${query}`, judgingToken));
    expect(await page('first=1&max=2')).toEqual(['cb-judge', 'cb-judge-2']);
    expect(await page('first=3&max=2')).toEqual(['hg-judge']);
    expect(await page('first=4&max=2')).toEqual([]);
    expect(await page('max=1')).toEqual(['cb-former-judge']);
    // A negative first is ignored; a negative max means no limit.
    expect(await page('first=-1&max=-1')).toHaveLength(4);
    expect((await admin('cchc/roles/judge/users?max=two', judgingToken)).status).toBe(400);
  });

  it('answers 404 for a role or a realm that does not exist', async () => {
    const role = await admin('cchc/roles/referee/users', judgingToken);
    expect(role.status).toBe(404);
    expect(await role.json()).toEqual({ error: 'Could not find role' });
    expect((await admin('elsewhere/roles/judge/users', judgingToken)).status).toBe(404);
  });
});

describe('GET /admin/realms/{realm}/users/{id}', () => {
  it('answers with the full representation and what the caller may do', async () => {
    const response = await admin('cchc/users/9234787f-8bba-54e7-86f6-d5e881d90c87', judgingToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      username: 'cb-judge',
      firstName: 'Minh',
      lastName: 'Lục Văn',
      attributes: { province: ['CB'], unit: ['CB-SKHCN'] },
      access: { view: true, manage: false },
    });
  });

  it('answers 404 for an unknown id and 403 without view-users', async () => {
    expect((await admin('cchc/users/00000000-0000-5000-8000-000000000000', judgingToken)).status).toBe(404);
    const other = await serviceToken('rewards');
    expect((await admin('cchc/users/9234787f-8bba-54e7-86f6-d5e881d90c87', other)).status).toBe(403);
  });
});
