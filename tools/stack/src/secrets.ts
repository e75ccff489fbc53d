import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StackSecrets {
  postgresPassword: string;
  servicePasswords: Record<string, string>;
}

/**
 * Passwords of the embedded servers, made on first start and kept in the data folder (readable by its owner
 * only), so no password is shared between machines and a restart finds the same ones.
 */
export async function loadOrCreateSecrets(
  dataDir: string,
  services: readonly string[],
): Promise<StackSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as StackSecrets,
    () => undefined,
  );
  const fresh = () => randomBytes(18).toString('base64url');
  const secrets: StackSecrets = {
    postgresPassword: existing?.postgresPassword ?? fresh(),
    servicePasswords: Object.fromEntries(
      services.map((service) => [service, existing?.servicePasswords[service] ?? fresh()]),
    ),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(existing)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
