import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type {
  RoleRepresentation,
  StrictClient,
  StrictClientScope,
  StrictProtocolMapper,
  StrictRealm,
  StrictUser,
  StrictUsersFile,
} from './keycloak-representations.ts';

export interface UserModel {
  id: string;
  username: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  emailVerified: boolean;
  enabled: boolean;
  /** Plain password from the file's `password` credential; undefined means the user cannot log in. */
  password?: string;
  realmRoles: string[];
  clientRoles: Record<string, string[]>;
  attributes: Record<string, string[]>;
  /** Set for a client's service-account user. */
  serviceAccountClientId?: string;
  /** Epoch milliseconds, from the file or else the time the realm was loaded (the admin API shows it). */
  createdTimestamp: number;
}

export interface ClientModel {
  clientId: string;
  name?: string;
  enabled: boolean;
  publicClient: boolean;
  bearerOnly: boolean;
  /** The `secret` as written in the realm file, possibly a `${ENV_VAR}` placeholder. */
  secret?: string;
  standardFlow: boolean;
  serviceAccounts: boolean;
  directAccessGrants: boolean;
  useRefreshTokens: boolean;
  /** Keycloak's root URL, against which relative redirect URIs resolve; `${authBaseUrl}` is the server's own. */
  rootUrl?: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  webOrigins: string[];
  pkceMethod?: string;
  defaultScopes: string[];
  optionalScopes: string[];
  protocolMappers: StrictProtocolMapper[];
  accessTokenLifespan?: number;
}

export interface ScopeModel {
  name: string;
  includeInTokenScope: boolean;
  protocolMappers: StrictProtocolMapper[];
}

export interface RealmModel {
  name: string;
  displayName: string;
  accessTokenLifespan: number;
  accessCodeLifespan: number;
  accessCodeLifespanLogin: number;
  ssoSessionIdleTimeout: number;
  ssoSessionMaxLifespan: number;
  defaultLocale?: string;
  supportedLocales: string[];
  clients: Map<string, ClientModel>;
  scopes: Map<string, ScopeModel>;
  realmRoles: Map<string, RoleRepresentation>;
  defaultRoleName: string;
  usersById: Map<string, UserModel>;
  usersByLogin: Map<string, UserModel>;
  serviceAccounts: Map<string, UserModel>;
}

/** A realm or users file that cannot be used; the message names the file and the problem. */
export class RealmFileError extends Error {
  override name = 'RealmFileError';
}

const USER_ID_NAMESPACE = 'f2b6c1f4-3c0e-5a7b-9d21-6a8e4c2b7d10';

/** RFC 4122 version 5 (name-based, SHA-1) UUID; gives users without an `id` a stable one. */
export function uuidV5(name: string, namespace = USER_ID_NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RealmFileError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RealmFileError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a realm export and, optionally, a partial-import file of users. */
export async function readRealmFiles(
  realmFile: string,
  usersFile?: string,
): Promise<{ realm: StrictRealm; users: StrictUser[] }> {
  const realm = (await readJson(realmFile)) as StrictRealm;
  if (typeof realm !== 'object' || realm === null || typeof realm.realm !== 'string') {
    throw new RealmFileError(`${realmFile} has no "realm" name`);
  }
  const users = [...(realm.users ?? [])];
  if (usersFile) {
    const file = (await readJson(usersFile)) as StrictUsersFile | StrictUser[];
    const list = Array.isArray(file) ? file : file?.users;
    if (!Array.isArray(list)) throw new RealmFileError(`${usersFile} has no "users" array`);
    users.push(...list);
  }
  return { realm, users };
}

/** Keycloak's `post.logout.redirect.uris` attribute: `+` means the redirect URIs, `##` separates values. */
function postLogoutUris(client: StrictClient): string[] {
  const value = client.attributes?.['post.logout.redirect.uris'];
  if (!value) return [];
  return value.split('##').flatMap((uri) => (uri === '+' ? (client.redirectUris ?? []) : [uri]));
}

function clientModel(client: StrictClient): ClientModel {
  const attributes = client.attributes ?? {};
  const lifespan = Number(attributes['access.token.lifespan']);
  return {
    clientId: client.clientId!,
    name: client.name,
    enabled: client.enabled !== false,
    publicClient: client.publicClient === true,
    bearerOnly: client.bearerOnly === true,
    secret: client.secret,
    standardFlow: client.standardFlowEnabled !== false,
    serviceAccounts: client.serviceAccountsEnabled === true,
    directAccessGrants: client.directAccessGrantsEnabled === true,
    useRefreshTokens: attributes['use.refresh.tokens'] !== 'false',
    ...(client.rootUrl ? { rootUrl: client.rootUrl } : {}),
    redirectUris: client.redirectUris ?? [],
    postLogoutRedirectUris: postLogoutUris(client),
    webOrigins: client.webOrigins ?? [],
    pkceMethod: attributes['pkce.code.challenge.method'] || undefined,
    defaultScopes: client.defaultClientScopes ?? [],
    optionalScopes: client.optionalClientScopes ?? [],
    protocolMappers: client.protocolMappers ?? [],
    accessTokenLifespan: Number.isFinite(lifespan) && lifespan > 0 ? lifespan : undefined,
  };
}

function scopeModel(scope: StrictClientScope): ScopeModel {
  return {
    name: scope.name!,
    includeInTokenScope: scope.attributes?.['include.in.token.scope'] !== 'false',
    protocolMappers: scope.protocolMappers ?? [],
  };
}

function userModel(user: StrictUser, loadedAt: number): UserModel {
  const username = user.username!.toLowerCase();
  const password = user.credentials?.find((credential) => credential.type === 'password')?.value;
  return {
    id: user.id ?? uuidV5(username),
    username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email?.toLowerCase(),
    emailVerified: user.emailVerified === true,
    enabled: user.enabled !== false,
    password,
    realmRoles: user.realmRoles ?? [],
    clientRoles: (user.clientRoles ?? {}) as Record<string, string[]>,
    attributes: user.attributes ?? {},
    serviceAccountClientId: user.serviceAccountClientId,
    createdTimestamp: user.createdTimestamp ?? loadedAt,
  };
}

/** Builds the model the provider serves from a realm export and its users. */
export function buildRealmModel(realm: StrictRealm, users: StrictUser[]): RealmModel {
  const name = realm.realm!;
  const clients = new Map<string, ClientModel>();
  for (const client of realm.clients ?? []) {
    if (!client.clientId) throw new RealmFileError(`a client of realm ${name} has no clientId`);
    if (client.protocol && client.protocol !== 'openid-connect') continue;
    clients.set(client.clientId, clientModel(client));
  }
  const scopes = new Map<string, ScopeModel>();
  for (const scope of realm.clientScopes ?? []) {
    if (scope.name && (scope.protocol ?? 'openid-connect') === 'openid-connect')
      scopes.set(scope.name, scopeModel(scope));
  }
  const realmRoles = new Map<string, RoleRepresentation>();
  for (const role of realm.roles?.realm ?? []) if (role.name) realmRoles.set(role.name, role);

  const usersById = new Map<string, UserModel>();
  const usersByLogin = new Map<string, UserModel>();
  const serviceAccounts = new Map<string, UserModel>();
  const loadedAt = Date.now();
  for (const user of users) {
    if (!user.username) throw new RealmFileError(`a user of realm ${name} has no username`);
    const model = userModel(user, loadedAt);
    if (usersById.has(model.id) || usersByLogin.has(model.username)) {
      throw new RealmFileError(`user ${model.username} (${model.id}) appears twice`);
    }
    usersById.set(model.id, model);
    if (model.serviceAccountClientId) {
      serviceAccounts.set(model.serviceAccountClientId, model);
      continue;
    }
    usersByLogin.set(model.username, model);
    if (model.email && !usersByLogin.has(model.email)) usersByLogin.set(model.email, model);
  }
  // Keycloak creates a service-account user for every client that has service accounts enabled.
  for (const client of clients.values()) {
    if (!client.serviceAccounts || serviceAccounts.has(client.clientId)) continue;
    const username = `service-account-${client.clientId}`;
    const model: UserModel = {
      id: uuidV5(username),
      username,
      emailVerified: false,
      enabled: true,
      realmRoles: [],
      clientRoles: {},
      attributes: {},
      serviceAccountClientId: client.clientId,
      createdTimestamp: loadedAt,
    };
    serviceAccounts.set(client.clientId, model);
    usersById.set(model.id, model);
  }

  return {
    name,
    displayName: realm.displayName ?? name,
    accessTokenLifespan: realm.accessTokenLifespan ?? 300,
    accessCodeLifespan: realm.accessCodeLifespan ?? 60,
    accessCodeLifespanLogin: realm.accessCodeLifespanLogin ?? 1800,
    ssoSessionIdleTimeout: realm.ssoSessionIdleTimeout ?? 1800,
    ssoSessionMaxLifespan: realm.ssoSessionMaxLifespan ?? 36000,
    defaultLocale: realm.defaultLocale,
    supportedLocales: realm.supportedLocales ?? [],
    clients,
    scopes,
    realmRoles,
    defaultRoleName: realm.defaultRole?.name ?? `default-roles-${name}`,
    usersById,
    usersByLogin,
    serviceAccounts,
  };
}

/** Loads the realm file and the users file into the served model. */
export async function loadRealm(realmFile: string, usersFile?: string): Promise<RealmModel> {
  const { realm, users } = await readRealmFiles(realmFile, usersFile);
  return buildRealmModel(realm, users);
}

/**
 * Resolves relative redirect URIs (`/*`) as Keycloak does: against the client's root URL, where `${authBaseUrl}`
 * (or no root URL) means the server's public origin. A portal served on the same origin as the realm then needs
 * no host names in the realm file.
 */
export function resolveRelativeClientUris(realm: RealmModel, publicOrigin: string): void {
  for (const [clientId, client] of realm.clients) {
    const root = (client.rootUrl ?? '${authBaseUrl}')
      .replace('${authBaseUrl}', publicOrigin)
      .replace(/\/+$/, '');
    const resolve = (uri: string) => (uri.startsWith('/') ? `${root}${uri}` : uri);
    realm.clients.set(clientId, {
      ...client,
      redirectUris: client.redirectUris.map(resolve),
      postLogoutRedirectUris: client.postLogoutRedirectUris.map(resolve),
    });
  }
}
