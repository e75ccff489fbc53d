import { fileURLToPath } from 'node:url';

/** The realm export that a real Keycloak imports too. */
export const DEFAULT_REALM_FILE = fileURLToPath(
  new URL('../../../deploy/keycloak/realm-cchc.json', import.meta.url),
);
/** The demo users, loaded only in development. */
export const DEFAULT_USERS_FILE = fileURLToPath(
  new URL('../../../deploy/keycloak/dev-users.json', import.meta.url),
);
