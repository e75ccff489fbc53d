import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDevIdpEnv } from './config.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('command-line settings', () => {
  it('reads the DEV_IDP_ variables', () => {
    const env = {
      DEV_IDP_PORT: '0',
      DEV_IDP_HOST: '0.0.0.0',
      DEV_IDP_PUBLIC_URL: 'http://localhost:3100',
      DEV_IDP_DATA_DIR: '/tmp/x',
      DEV_IDP_USERS_FILE: 'none',
    };
    expect(readDevIdpEnv(env)).toEqual({
      env,
      port: 0,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:3100',
      dataDir: '/tmp/x',
      usersFile: null,
    });
    expect(readDevIdpEnv({})).toEqual({ env: {} });
  });

  it('refuses a bad setting with one line on stderr and exit status 1', () => {
    for (const [name, value, message] of [
      ['DEV_IDP_PORT', 'abc', 'dev-idp: DEV_IDP_PORT must be an integer from 0 to 65535, got "abc"'],
      [
        'DEV_IDP_PUBLIC_URL',
        'http://localhost:3100/auth',
        'dev-idp: public URL must be an origin without path',
      ],
    ] as const) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
        env: { PATH: process.env['PATH'], [name]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(message)]);
    }
  });
});
