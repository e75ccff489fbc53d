import path from 'node:path';
import { resolveClientSecrets } from './client-secrets.ts';
import { DEFAULT_REALM_FILE } from './files.ts';
import { loadRealm } from './realm.ts';

export { DEFAULT_REALM_FILE, DEFAULT_USERS_FILE } from './files.ts';
export { DevIdpConfigError } from './config.ts';
export { PortInUseError, startDevIdp, type DevIdp, type DevIdpOptions } from './dev-idp.ts';
export { RealmFileError } from './realm.ts';
export { readDevIdpEnv } from './config.ts';

/**
 * The secrets of the realm's confidential clients (the services) exactly as `startDevIdp` with the same
 * `dataDir` and environment uses them: from the `${VAR}` placeholders' environment variables, else made once
 * and kept in `<dataDir>/client-secrets.json`. Lets a launcher hand secrets to services before or without
 * starting the provider.
 */
export async function loadClientSecrets(
  options: { dataDir?: string; realmFile?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Record<string, string>> {
  const realm = await loadRealm(options.realmFile ?? DEFAULT_REALM_FILE);
  return resolveClientSecrets(
    realm,
    path.resolve(options.dataDir ?? '.data/dev-idp'),
    options.env ?? process.env,
  );
}
