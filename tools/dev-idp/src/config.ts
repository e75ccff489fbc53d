import type { DevIdpOptions } from './dev-idp.ts';

/** A setting that cannot work, such as a public URL with a path. */
export class DevIdpConfigError extends Error {
  override name = 'DevIdpConfigError';
}

/** Checks a public URL and returns its origin: http(s), no path, query or fragment. */
export function publicOrigin(value: string): string {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new DevIdpConfigError(`public URL must be an http(s) URL, got "${value}"`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new DevIdpConfigError(
      `public URL must be an origin without path, query or credentials, got "${value}"`,
    );
  }
  return url.origin;
}

/** Environment variables of the command line, with their defaults. */
export const ENV_DEFAULTS = {
  DEV_IDP_HOST: '127.0.0.1',
  DEV_IDP_PORT: '3105',
  DEV_IDP_PUBLIC_URL: 'http://<host>:<port>',
  DEV_IDP_DATA_DIR: '.data/dev-idp',
  DEV_IDP_REALM_FILE: 'deploy/keycloak/realm-cchc.json',
  DEV_IDP_USERS_FILE: 'deploy/keycloak/dev-users.json ("none" for no users)',
} as const;

/** Reads the command line's settings from the environment; throws DevIdpConfigError with a one-line message. */
export function readDevIdpEnv(env: NodeJS.ProcessEnv): DevIdpOptions {
  const options: DevIdpOptions = { env };
  const value = (name: keyof typeof ENV_DEFAULTS) => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };
  const port = value('DEV_IDP_PORT');
  if (port !== undefined) {
    const number = Number(port);
    if (!/^\d+$/.test(port) || number > 65535) {
      throw new DevIdpConfigError(`DEV_IDP_PORT must be an integer from 0 to 65535, got "${port}"`);
    }
    options.port = number;
  }
  const host = value('DEV_IDP_HOST');
  if (host !== undefined) options.host = host;
  const publicUrl = value('DEV_IDP_PUBLIC_URL');
  if (publicUrl !== undefined) options.publicUrl = publicUrl;
  const dataDir = value('DEV_IDP_DATA_DIR');
  if (dataDir !== undefined) options.dataDir = dataDir;
  const realmFile = value('DEV_IDP_REALM_FILE');
  if (realmFile !== undefined) options.realmFile = realmFile;
  const usersFile = value('DEV_IDP_USERS_FILE');
  if (usersFile !== undefined) options.usersFile = usersFile === 'none' ? null : usersFile;
  return options;
}
