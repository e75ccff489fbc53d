import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { readJsonIfExists, writePrivateFile } from './keys.ts';
import type { ClientModel, RealmModel } from './realm.ts';

/** `${NAME}` or `${NAME:default}`, the placeholders Keycloak resolves from the environment when importing. */
const PLACEHOLDER = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::(.*))?\}$/s;

export const CLIENT_SECRETS_FILE = 'client-secrets.json';

/** Confidential clients: those that authenticate with a secret. */
export function confidentialClients(realm: RealmModel): ClientModel[] {
  return [...realm.clients.values()].filter((client) => client.enabled && !client.publicClient);
}

/** The environment variable a client's secret placeholder names, if it has one. */
export function secretVariable(client: ClientModel): string | undefined {
  return client.secret?.match(PLACEHOLDER)?.[1];
}

/**
 * The secret of every confidential client, resolved as a Keycloak import would and then some:
 * a literal secret is used as it is; a `${NAME}` placeholder takes the environment variable NAME, else the
 * placeholder's default; failing both, a random secret is made once and kept in `<dataDir>/client-secrets.json`
 * (mode 0600), where a restart finds it again. A real Keycloak import would instead keep the literal
 * placeholder text as the secret, so production must always set the variables.
 */
export async function resolveClientSecrets(
  realm: RealmModel,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  const file = path.join(dataDir, CLIENT_SECRETS_FILE);
  const stored = (await readJsonIfExists<Record<string, string>>(file)) ?? {};
  const kept = { ...stored };
  const secrets: Record<string, string> = {};
  for (const client of confidentialClients(realm)) {
    const match = client.secret?.match(PLACEHOLDER);
    if (client.secret && !match) {
      secrets[client.clientId] = client.secret;
      continue;
    }
    const fromEnv = match ? env[match[1]!] : undefined;
    if (fromEnv) secrets[client.clientId] = fromEnv;
    else if (match?.[2]) secrets[client.clientId] = match[2];
    else {
      kept[client.clientId] ??= randomBytes(24).toString('base64url');
      secrets[client.clientId] = kept[client.clientId]!;
    }
  }
  if (JSON.stringify(kept) !== JSON.stringify(stored)) {
    await writePrivateFile(file, `${JSON.stringify(kept, null, 2)}\n`);
  }
  return secrets;
}
