import type { StrictProtocolMapper } from './keycloak-representations.ts';
import type { ClientModel, RealmModel, ScopeModel, UserModel } from './realm.ts';

/** Which token a claim is computed for, matching the mapper switches of Keycloak's protocol mappers. */
export type TokenUse = 'access' | 'id' | 'userinfo';

const USE_SWITCH: Record<TokenUse, string> = {
  access: 'access.token.claim',
  id: 'id.token.claim',
  userinfo: 'userinfo.token.claim',
};

/** Protocol mapper types this provider applies; any other type in the realm file is reported and ignored. */
export const SUPPORTED_MAPPERS = new Set([
  'oidc-usermodel-attribute-mapper',
  'oidc-usermodel-property-mapper',
  'oidc-full-name-mapper',
  'oidc-sub-mapper',
  'oidc-usersessionmodel-note-mapper',
  'oidc-usermodel-realm-role-mapper',
  'oidc-usermodel-client-role-mapper',
  'oidc-audience-mapper',
  'oidc-audience-resolve-mapper',
  'oidc-allowed-origins-mapper',
  'oidc-acr-mapper',
]);

/**
 * Composites of the roles of Keycloak's built-in clients, which realm files do not carry: `account`, and the
 * `realm-management` roles a service account may be given for the admin REST API.
 */
const BUILT_IN_CLIENT_COMPOSITES: Record<string, Record<string, string[]>> = {
  account: { 'manage-account': ['manage-account-links'] },
  'realm-management': {
    'view-users': ['query-groups', 'query-users'],
    'view-clients': ['query-clients'],
  },
};

export interface ClaimInput {
  realm: RealmModel;
  client: ClientModel;
  user: UserModel;
  use: TokenUse;
  /** The scope parameter of the request; optional client scopes apply only when named here. */
  requestedScope?: string;
  authTime?: number;
  /** Address of the caller, for the notes Keycloak keeps on service-account sessions. */
  clientAddress?: string;
}

export interface MappedClaims {
  claims: Record<string, unknown>;
  audience: string[];
}

function scopeSet(scope: string | undefined): Set<string> {
  return new Set((scope ?? '').split(' ').filter(Boolean));
}

/** The client scopes that apply: all default scopes, and the optional ones that were asked for. */
export function appliedScopes(realm: RealmModel, client: ClientModel, requestedScope?: string): ScopeModel[] {
  const requested = scopeSet(requestedScope);
  const names = [...client.defaultScopes, ...client.optionalScopes.filter((name) => requested.has(name))];
  return [...new Set(names)].flatMap((name) => realm.scopes.get(name) ?? []);
}

/** The `scope` claim Keycloak writes: `openid` when asked for, then the applied scopes shown in tokens. */
export function tokenScope(realm: RealmModel, client: ClientModel, requestedScope?: string): string {
  const requested = scopeSet(requestedScope);
  const names = appliedScopes(realm, client, requestedScope)
    .filter((scope) => scope.includeInTokenScope)
    .map((scope) => scope.name);
  return [...(requested.has('openid') ? ['openid'] : []), ...names].join(' ');
}

/** The user's realm and client roles with composites expanded, as Keycloak's full-scope tokens carry them. */
export function effectiveRoles(
  realm: RealmModel,
  user: UserModel,
): { realm: string[]; clients: Record<string, string[]> } {
  const realmRoles = new Set<string>();
  const clientRoles = new Map<string, Set<string>>();
  const addClientRole = (clientId: string, role: string) => {
    const roles = clientRoles.get(clientId) ?? new Set<string>();
    clientRoles.set(clientId, roles);
    if (roles.has(role)) return;
    roles.add(role);
    for (const composite of BUILT_IN_CLIENT_COMPOSITES[clientId]?.[role] ?? [])
      addClientRole(clientId, composite);
  };
  const addRealmRole = (role: string) => {
    if (realmRoles.has(role)) return;
    realmRoles.add(role);
    const composites = realm.realmRoles.get(role)?.composites;
    for (const composite of composites?.realm ?? []) addRealmRole(composite);
    for (const [clientId, roles] of Object.entries(composites?.client ?? {})) {
      for (const clientRole of roles) addClientRole(clientId, clientRole);
    }
  };
  for (const role of [...user.realmRoles, realm.defaultRoleName]) addRealmRole(role);
  for (const [clientId, roles] of Object.entries(user.clientRoles)) {
    for (const role of roles) addClientRole(clientId, role);
  }
  return {
    realm: [...realmRoles].sort(),
    clients: Object.fromEntries(
      [...clientRoles]
        .filter(([, roles]) => roles.size > 0)
        .map(([clientId, roles]) => [clientId, [...roles].sort()]),
    ),
  };
}

/** Keycloak's web origins: `+` stands for the origins of the redirect URIs. */
export function allowedOrigins(client: ClientModel): string[] {
  const origins = new Set<string>();
  for (const origin of client.webOrigins) {
    if (origin !== '+') {
      origins.add(origin);
      continue;
    }
    for (const uri of client.redirectUris) {
      const parsed = URL.parse(uri.replace(/\*$/, ''));
      if (parsed && parsed.origin !== 'null') origins.add(parsed.origin);
    }
  }
  return [...origins];
}

/** Splits a mapper claim name on dots that are not escaped with a backslash. */
function claimPath(name: string): string[] {
  return name.split(/(?<!\\)\./).map((part) => part.replaceAll('\\.', '.'));
}

function setClaim(claims: Record<string, unknown>, name: string, value: unknown): void {
  const path = claimPath(name);
  let target = claims;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[path.at(-1)!] = value;
}

function convert(value: string, jsonType: string | undefined): unknown {
  switch (jsonType) {
    case 'long':
    case 'int':
      return Number(value);
    case 'boolean':
      return value === 'true';
    case 'JSON':
      return JSON.parse(value) as unknown;
    default:
      return value;
  }
}

function userValues(user: UserModel, attribute: string): string[] | undefined {
  switch (attribute) {
    case 'username':
      return [user.username];
    case 'email':
      return user.email ? [user.email] : undefined;
    case 'firstName':
      return user.firstName ? [user.firstName] : undefined;
    case 'lastName':
      return user.lastName ? [user.lastName] : undefined;
    case 'emailVerified':
      return [String(user.emailVerified)];
    case 'enabled':
      return [String(user.enabled)];
    case 'id':
      return [user.id];
    default: {
      const values = user.attributes[attribute];
      return values && values.length > 0 ? values : undefined;
    }
  }
}

function applyMapper(
  mapper: StrictProtocolMapper,
  input: ClaimInput,
  roles: ReturnType<typeof effectiveRoles>,
  out: MappedClaims,
): void {
  const config = mapper.config ?? {};
  if (config[USE_SWITCH[input.use]] !== 'true') return;
  const { user, client } = input;
  const claimName = config['claim.name'];
  const multivalued = config['multivalued'] === 'true';
  switch (mapper.protocolMapper) {
    case 'oidc-usermodel-attribute-mapper':
    case 'oidc-usermodel-property-mapper': {
      const values = userValues(user, config['user.attribute'] ?? '');
      if (!claimName || !values) return;
      const converted = values.map((value) => convert(value, config['jsonType.label']));
      setClaim(out.claims, claimName, multivalued ? converted : converted[0]);
      return;
    }
    case 'oidc-full-name-mapper': {
      const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
      if (name) out.claims['name'] = name;
      return;
    }
    case 'oidc-sub-mapper':
      out.claims['sub'] = user.id;
      return;
    case 'oidc-usersessionmodel-note-mapper': {
      const note = config['user.session.note'];
      const serviceAccount = user.serviceAccountClientId !== undefined;
      const value =
        note === 'AUTH_TIME'
          ? input.authTime
          : serviceAccount && note === 'client_id'
            ? client.clientId
            : serviceAccount && (note === 'clientHost' || note === 'clientAddress')
              ? input.clientAddress
              : undefined;
      if (claimName && value !== undefined)
        setClaim(out.claims, claimName, convert(String(value), config['jsonType.label']));
      return;
    }
    case 'oidc-usermodel-realm-role-mapper': {
      const prefix = config['usermodel.realmRoleMapping.rolePrefix'] ?? '';
      if (claimName && roles.realm.length > 0)
        setClaim(
          out.claims,
          claimName,
          roles.realm.map((role) => prefix + role),
        );
      return;
    }
    case 'oidc-usermodel-client-role-mapper': {
      const only = config['usermodel.clientRoleMapping.clientId'];
      const prefix = config['usermodel.clientRoleMapping.rolePrefix'] ?? '';
      if (!claimName) return;
      for (const [clientId, clientRoles] of Object.entries(roles.clients)) {
        if (only && only !== clientId) continue;
        setClaim(
          out.claims,
          claimName.replaceAll('${client_id}', clientId),
          clientRoles.map((role) => prefix + role),
        );
      }
      return;
    }
    case 'oidc-audience-mapper': {
      const audience = config['included.client.audience'] || config['included.custom.audience'];
      if (audience) out.audience.push(audience);
      return;
    }
    case 'oidc-audience-resolve-mapper':
      // As in Keycloak, every client the user holds roles of, except the client the token is for.
      for (const clientId of Object.keys(roles.clients))
        if (clientId !== client.clientId) out.audience.push(clientId);
      return;
    case 'oidc-allowed-origins-mapper': {
      const origins = allowedOrigins(client);
      if (origins.length > 0) out.claims['allowed-origins'] = origins;
      return;
    }
    case 'oidc-acr-mapper':
      out.claims['acr'] = '1';
      return;
    default:
  }
}

/** Applies the client's and its applied scopes' protocol mappers for one kind of token. */
export function mapClaims(input: ClaimInput): MappedClaims {
  const out: MappedClaims = { claims: {}, audience: [] };
  const roles = effectiveRoles(input.realm, input.user);
  const mappers = [
    ...appliedScopes(input.realm, input.client, input.requestedScope).flatMap(
      (scope) => scope.protocolMappers,
    ),
    ...input.client.protocolMappers,
  ];
  for (const mapper of mappers) applyMapper(mapper, input, roles, out);
  out.audience = [...new Set(out.audience)];
  return out;
}

/** Mapper types of the realm file that this provider does not apply, for a warning at start-up. */
export function unsupportedMappers(realm: RealmModel): string[] {
  const types = new Set<string>();
  const mappers = [
    ...[...realm.scopes.values()].flatMap((scope) => scope.protocolMappers),
    ...[...realm.clients.values()].flatMap((client) => client.protocolMappers),
  ];
  for (const mapper of mappers) {
    if (mapper.protocolMapper && !SUPPORTED_MAPPERS.has(mapper.protocolMapper))
      types.add(mapper.protocolMapper);
  }
  return [...types].sort();
}

/** Every top-level claim name the mappers can produce, so oidc-provider does not filter them out. */
export function mappedClaimNames(realm: RealmModel): string[] {
  const names = new Set<string>(['sub', 'name', 'acr', 'allowed-origins', 'auth_time']);
  const mappers = [
    ...[...realm.scopes.values()].flatMap((scope) => scope.protocolMappers),
    ...[...realm.clients.values()].flatMap((client) => client.protocolMappers),
  ];
  for (const mapper of mappers) {
    const claimName = mapper.config?.['claim.name'];
    if (claimName) names.add(claimPath(claimName)[0]!);
  }
  return [...names];
}
