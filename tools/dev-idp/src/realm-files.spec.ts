import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REALM_FILE, DEFAULT_USERS_FILE } from './files.ts';
import type { StrictRealm, StrictUsersFile, UserProfileConfig } from './keycloak-representations.ts';
import { schemaFromType, validate, type SchemaDocument } from './testing/schema-from-types.ts';

const REPRESENTATIONS = fileURLToPath(new URL('./keycloak-representations.ts', import.meta.url));

const ROLES = [
  'platform-admin',
  'province-admin',
  'unit-coordinator',
  'author',
  'judge',
  'council-chair',
  'council-secretary',
  'approver',
  'analyst',
];
const SERVICES = ['submissions', 'judging', 'rewards', 'reporting'];
const PROVINCES = ['CB', 'HG'];
/** Roles whose holders act for a unit, so the unit claim must be there. */
const UNIT_ROLES = new Set(['unit-coordinator', 'author']);

let realm: StrictRealm;
let usersFile: StrictUsersFile;
let realmSchema: SchemaDocument;
let usersSchema: SchemaDocument;
let profileSchema: SchemaDocument;

beforeAll(async () => {
  realm = JSON.parse(await readFile(DEFAULT_REALM_FILE, 'utf8')) as StrictRealm;
  usersFile = JSON.parse(await readFile(DEFAULT_USERS_FILE, 'utf8')) as StrictUsersFile;
  realmSchema = schemaFromType(REPRESENTATIONS, 'StrictRealm');
  usersSchema = schemaFromType(REPRESENTATIONS, 'StrictUsersFile');
  profileSchema = schemaFromType(REPRESENTATIONS, 'UserProfileConfig');
});

function userProfile(): UserProfileConfig {
  const component = realm.components?.['org.keycloak.userprofile.UserProfileProvider']?.[0];
  const text = component?.config?.['kc.user.profile.config']?.[0];
  if (!text) throw new Error('the realm has no user profile configuration');
  return JSON.parse(text) as UserProfileConfig;
}

describe('shape checks against the Keycloak admin client types', () => {
  it('accepts the realm file as a RealmRepresentation', () => {
    expect(validate(realmSchema, realm)).toEqual([]);
  });

  it('accepts the users file as a partial import of UserRepresentations', () => {
    expect(validate(usersSchema, usersFile)).toEqual([]);
  });

  it("accepts the realm's user profile configuration as a UserProfileConfig", () => {
    expect(validate(profileSchema, userProfile())).toEqual([]);
  });

  it('reports misspelt properties and wrong types, wherever they are', () => {
    const broken = structuredClone(realm) as Record<string, unknown> & StrictRealm;
    broken['accessTokenLifeSpan'] = 300;
    broken.ssoSessionIdleTimeout = '1800' as unknown as number;
    (broken.clients![0] as Record<string, unknown>)['redirectUri'] = ['http://localhost:3100/*'];
    broken.clients![1]!.serviceAccountsEnabled = 'true' as unknown as boolean;
    (broken.clientScopes![0]!.protocolMappers![0] as Record<string, unknown>)['protocolMaper'] = 'x';
    broken.clientScopes![1]!.protocolMappers![0]!.config!['claim.name'] = 1 as unknown as string;
    broken.roles!.realm![0]!.composite = 'no' as unknown as boolean;
    broken.components!['org.keycloak.userprofile.UserProfileProvider']![0]!.config![
      'kc.user.profile.config'
    ] = '{}' as unknown as string[];
    expect(validate(realmSchema, broken)).toEqual([
      '$.ssoSessionIdleTimeout: must be a number, got "1800"',
      '$.roles.realm[0].composite: must be a boolean, got "no"',
      '$.clients[0].redirectUri: unknown property',
      '$.clients[1].serviceAccountsEnabled: must be a boolean, got "true"',
      '$.clientScopes[0].protocolMappers[0].protocolMaper: unknown property',
      '$.clientScopes[1].protocolMappers[0].config.claim.name: must be a string, got 1',
      '$.components.org.keycloak.userprofile.UserProfileProvider[0].config.kc.user.profile.config: must be an array',
      '$.accessTokenLifeSpan: unknown property',
    ]);

    const brokenUsers = structuredClone(usersFile) as StrictUsersFile;
    (brokenUsers.users[0] as Record<string, unknown>)['realmRole'] = ['author'];
    brokenUsers.users[1]!.attributes = { province: 'CB' as unknown as string[] };
    (brokenUsers.users[2]!.credentials![0] as Record<string, unknown>)['temporary'] = 'false';
    expect(validate(usersSchema, brokenUsers)).toEqual([
      '$.users[0].realmRole: unknown property',
      '$.users[1].attributes.province: must be an array',
      '$.users[2].credentials[0].temporary: must be a boolean, got "false"',
    ]);
  });
});

describe('realm-cchc.json', () => {
  it('is the cchc realm with the nine platform roles, described in Vietnamese', () => {
    expect(realm.realm).toBe('cchc');
    expect(realm.enabled).toBe(true);
    const roles = new Map((realm.roles?.realm ?? []).map((role) => [role.name, role]));
    for (const name of ROLES) {
      const description = roles.get(name)?.description ?? '';
      expect(description, name).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    expect(realm.defaultRole?.name).toBe('default-roles-cchc');
    expect(roles.get('default-roles-cchc')?.composites?.realm).toEqual([
      'offline_access',
      'uma_authorization',
    ]);
  });

  it('holds no people, only the service account of judging with the admin roles its user directory needs', () => {
    expect(realm.users?.every((user) => user.serviceAccountClientId)).toBe(true);
    const judging = realm.users?.find((user) => user.serviceAccountClientId === 'judging');
    expect(judging).toMatchObject({
      username: 'service-account-judging',
      enabled: true,
      // Keycloak's GET /admin/realms/{realm}/roles/{role}/users needs view-realm besides (query-/)view-users.
      clientRoles: { 'realm-management': ['view-realm', 'view-users'] },
    });
    expect(realm.users?.map((user) => user.serviceAccountClientId)).toEqual(['judging']);
  });

  it('has a public portal client with the standard flow only and PKCE S256', () => {
    const portal = realm.clients?.find((client) => client.clientId === 'portal');
    expect(portal).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      rootUrl: '${authBaseUrl}',
      redirectUris: ['/*', 'http://localhost:3100/*', 'http://127.0.0.1:3100/*'],
      webOrigins: ['+'],
    });
    expect(portal?.attributes?.['pkce.code.challenge.method']).toBe('S256');
    expect(portal?.defaultClientScopes).toEqual(
      expect.arrayContaining(['cchc-tenancy', 'roles', 'basic', 'profile']),
    );
  });

  it('has a confidential service-account client per service, its secret a placeholder', () => {
    for (const service of SERVICES) {
      const client = realm.clients?.find((candidate) => candidate.clientId === service);
      expect(client, service).toMatchObject({
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: `\${CCHC_${service.toUpperCase()}_CLIENT_SECRET}`,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
      });
    }
    expect(realm.clients?.map((client) => client.clientId).sort()).toEqual(['portal', ...SERVICES].sort());
  });

  it('declares every client scope that a client or the realm defaults refer to', () => {
    const declared = new Set(realm.clientScopes?.map((scope) => scope.name));
    const referred = [
      ...(realm.defaultDefaultClientScopes ?? []),
      ...(realm.defaultOptionalClientScopes ?? []),
      ...(realm.clients ?? []).flatMap((client) => [
        ...(client.defaultClientScopes ?? []),
        ...(client.optionalClientScopes ?? []),
      ]),
    ];
    expect(referred.filter((name) => !declared.has(name))).toEqual([]);
    // Declaring client scopes stops Keycloak from making its built-in ones, so the file must carry them.
    for (const builtIn of ['basic', 'profile', 'email', 'roles', 'web-origins', 'acr', 'offline_access']) {
      expect(declared.has(builtIn), builtIn).toBe(true);
    }
  });

  it('maps province and unit into access token, ID token and userinfo from the cchc-tenancy scope', () => {
    const tenancy = realm.clientScopes?.find((scope) => scope.name === 'cchc-tenancy');
    for (const attribute of ['province', 'unit']) {
      const mapper = tenancy?.protocolMappers?.find(
        (candidate) => candidate.config?.['claim.name'] === attribute,
      );
      expect(mapper, attribute).toMatchObject({
        protocol: 'openid-connect',
        protocolMapper: 'oidc-usermodel-attribute-mapper',
        config: {
          'user.attribute': attribute,
          'jsonType.label': 'String',
          'access.token.claim': 'true',
          'id.token.claim': 'true',
          'userinfo.token.claim': 'true',
        },
      });
    }
    const roles = realm.clientScopes?.find((scope) => scope.name === 'roles');
    expect(roles?.protocolMappers?.map((mapper) => mapper.config?.['claim.name'])).toEqual(
      expect.arrayContaining(['realm_access.roles', 'resource_access.${client_id}.roles']),
    );
  });

  it('declares province and unit in the user profile, editable by administrators only', () => {
    const attributes = new Map(userProfile().attributes?.map((attribute) => [attribute.name, attribute]));
    for (const name of ['username', 'email', 'firstName', 'lastName', 'province', 'unit']) {
      expect(attributes.has(name), name).toBe(true);
    }
    for (const name of ['province', 'unit']) {
      expect(attributes.get(name)?.permissions).toEqual({ view: ['admin', 'user'], edit: ['admin'] });
      expect(attributes.get(name)?.multivalued).toBe(false);
    }
  });
});

describe('dev-users.json', () => {
  const users = () => usersFile.users;

  it('refers only to roles the realm defines, and to attributes its user profile declares', () => {
    const roles = new Set(realm.roles?.realm?.map((role) => role.name));
    const declared = new Set(userProfile().attributes?.map((attribute) => attribute.name));
    for (const user of users()) {
      for (const role of user.realmRoles ?? [])
        expect(roles.has(role), `${user.username}: ${role}`).toBe(true);
      for (const name of Object.keys(user.attributes ?? {})) {
        expect(declared.has(name), `${user.username}: ${name}`).toBe(true);
      }
    }
  });

  it('gives every user the attributes its roles need', () => {
    for (const user of users()) {
      const roles = user.realmRoles ?? [];
      const province = user.attributes?.['province'] ?? [];
      const unit = user.attributes?.['unit'] ?? [];
      if (roles.includes('platform-admin')) {
        expect(province, user.username).toEqual([]);
        continue;
      }
      expect(province, user.username).toHaveLength(1);
      expect(PROVINCES).toContain(province[0]);
      expect(unit.length, user.username).toBeLessThanOrEqual(1);
      if (roles.some((role) => UNIT_ROLES.has(role))) expect(unit, user.username).toHaveLength(1);
      for (const code of unit)
        expect(code.startsWith(`${province[0]}-`), `${user.username}: ${code}`).toBe(true);
    }
  });

  it('has one user per role in each province (two judges in Cao Bằng) and one platform administrator', () => {
    const holders = (role: string, province?: string) =>
      users().filter(
        (user) => user.realmRoles?.includes(role) && user.attributes?.['province']?.[0] === province,
      );
    expect(holders('platform-admin')).toHaveLength(1);
    for (const role of ROLES.filter((name) => name !== 'platform-admin')) {
      for (const province of PROVINCES) {
        const expected = role === 'judge' && province === 'CB' ? 2 : 1;
        expect(holders(role, province), `${role} in ${province}`).toHaveLength(expected);
      }
    }
  });

  it('has unique usernames and stable UUIDs, Vietnamese names and a permanent password each', () => {
    const list = users();
    expect(new Set(list.map((user) => user.username)).size).toBe(list.length);
    expect(new Set(list.map((user) => user.id)).size).toBe(list.length);
    for (const user of list) {
      expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(user.enabled).toBe(true);
      expect(user.firstName && user.lastName && user.email).toBeTruthy();
      expect(user.credentials).toEqual([{ type: 'password', value: expect.any(String), temporary: false }]);
    }
    expect(usersFile.ifResourceExists).toBe('SKIP');
  });
});
