import { readFile } from 'node:fs/promises';

export interface DemoAccount {
  username: string;
  password: string;
  roles: string[];
  province: string;
}

interface DevUser {
  username: string;
  enabled?: boolean;
  realmRoles?: string[];
  credentials?: { type?: string; value?: string }[];
  attributes?: Record<string, string[]>;
}

/** The development users the embedded identity provider signs in (deploy/keycloak/dev-users.json). */
export async function demoAccounts(): Promise<DemoAccount[]> {
  const { DEFAULT_USERS_FILE: usersFile } = await import('@cchc/dev-idp');
  const { users } = JSON.parse(await readFile(usersFile, 'utf8')) as { users: DevUser[] };
  return users
    .filter((user) => user.enabled !== false)
    .map((user) => ({
      username: user.username,
      password: user.credentials?.find((credential) => credential.type === 'password')?.value ?? '',
      roles: user.realmRoles ?? [],
      province: user.attributes?.['province']?.[0] ?? '',
    }));
}
