import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SigningJwk extends JsonWebKey {
  kty: 'RSA';
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

export interface KeyMaterial {
  /** RSA private key (JWK) that signs access, ID and logout tokens; its public half is served at `certs`. */
  signingKey: SigningJwk;
  /** Keys that sign oidc-provider's cookies; the first signs, all verify. */
  cookieKeys: string[];
  /** HMAC key of the JWT wrapper around refresh tokens (Keycloak also signs refresh tokens with a realm HMAC key). */
  refreshTokenKey: Buffer;
}

interface StoredSecrets {
  cookieKeys: string[];
  refreshTokenKey: string;
}

/** Writes a file readable by its owner only, through a temporary file so a crash never leaves half a key. */
export async function writePrivateFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

export async function readJsonIfExists<T>(file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${file} is not valid JSON; delete it to have it made again`);
  }
}

/** RFC 7638 thumbprint, Keycloak's choice of `kid` too. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

function newSigningKey(): SigningJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kty: 'RSA', kid: thumbprint(jwk), alg: 'RS256', use: 'sig' };
}

/**
 * Loads the signing key, cookie keys and refresh-token key from `dataDir`, making them on first start
 * (`jwks.json` and `keys.json`, mode 0600), so tokens and sessions stay valid across restarts.
 */
export async function loadOrCreateKeys(dataDir: string): Promise<KeyMaterial> {
  const jwksFile = path.join(dataDir, 'jwks.json');
  const secretsFile = path.join(dataDir, 'keys.json');

  const jwks = await readJsonIfExists<{ keys: SigningJwk[] }>(jwksFile);
  let signingKey = jwks?.keys?.find((key) => key.kty === 'RSA' && key.d !== undefined);
  if (!signingKey) {
    signingKey = newSigningKey();
    await writePrivateFile(jwksFile, `${JSON.stringify({ keys: [signingKey] }, null, 2)}\n`);
  }

  let secrets = await readJsonIfExists<StoredSecrets>(secretsFile);
  if (!secrets?.cookieKeys?.length || !secrets.refreshTokenKey) {
    secrets = {
      cookieKeys: [randomBytes(32).toString('base64url')],
      refreshTokenKey: randomBytes(64).toString('base64url'),
    };
    await writePrivateFile(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`);
  }

  return {
    signingKey,
    cookieKeys: secrets.cookieKeys,
    refreshTokenKey: Buffer.from(secrets.refreshTokenKey, 'base64url'),
  };
}
