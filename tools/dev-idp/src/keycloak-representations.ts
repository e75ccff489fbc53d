/**
 * The shapes of Keycloak's realm export and partial-import files, as checked by the realm-file tests and read
 * by the loader. They start from @keycloak/keycloak-admin-client's representations and correct the places
 * where those are looser or wrong compared with Keycloak's Java representations:
 * - `components` and `subComponents` are `MultivaluedHashMap`s in Java, so each key holds an array, and a
 *   component's `config` maps each key to an array of strings;
 * - `clientScopes` is `any[]` in the admin client; here it is `ClientScopeRepresentation[]`;
 * - client, client-scope and mapper `attributes`/`config` are string-to-string maps in Java;
 * - user `attributes` map each name to an array of strings.
 * A property the admin client does not know is refused by the tests, so a typo fails there rather than being
 * silently ignored by Keycloak's importer. To use a Keycloak property the admin client lacks, add it here.
 */
import type ClientRepresentation from '@keycloak/keycloak-admin-client/lib/defs/clientRepresentation.js';
import type ClientScopeRepresentation from '@keycloak/keycloak-admin-client/lib/defs/clientScopeRepresentation.js';
import type ComponentExportRepresentation from '@keycloak/keycloak-admin-client/lib/defs/componentExportRepresentation.js';
import type ProtocolMapperRepresentation from '@keycloak/keycloak-admin-client/lib/defs/protocolMapperRepresentation.js';
import type RealmRepresentation from '@keycloak/keycloak-admin-client/lib/defs/realmRepresentation.js';
import type { PartialImportRealmRepresentation } from '@keycloak/keycloak-admin-client/lib/defs/realmRepresentation.js';
import type RoleRepresentation from '@keycloak/keycloak-admin-client/lib/defs/roleRepresentation.js';
import type UserRepresentation from '@keycloak/keycloak-admin-client/lib/defs/userRepresentation.js';
import type { UserProfileConfig } from '@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata.js';

export type StrictProtocolMapper = Omit<ProtocolMapperRepresentation, 'config'> & {
  config?: Record<string, string>;
};

export type StrictClientScope = Omit<ClientScopeRepresentation, 'attributes' | 'protocolMappers'> & {
  attributes?: Record<string, string>;
  protocolMappers?: StrictProtocolMapper[];
};

export type StrictClient = Omit<ClientRepresentation, 'attributes' | 'protocolMappers'> & {
  attributes?: Record<string, string>;
  protocolMappers?: StrictProtocolMapper[];
};

export interface StrictComponent extends Omit<ComponentExportRepresentation, 'subComponents' | 'config'> {
  subComponents?: Record<string, StrictComponent[]>;
  config?: Record<string, string[]>;
}

export type StrictUser = Omit<UserRepresentation, 'attributes'> & {
  attributes?: Record<string, string[]>;
};

export type StrictRealm = Omit<RealmRepresentation, 'clients' | 'clientScopes' | 'components' | 'users'> & {
  clients?: StrictClient[];
  clientScopes?: StrictClientScope[];
  components?: Record<string, StrictComponent[]>;
  users?: StrictUser[];
};

/** A partial-import file holding users only (POST /admin/realms/{realm}/partialImport takes it as it is). */
export type StrictUsersFile = Pick<PartialImportRealmRepresentation, 'ifResourceExists'> & {
  users: StrictUser[];
};

export type { RoleRepresentation, UserProfileConfig };
