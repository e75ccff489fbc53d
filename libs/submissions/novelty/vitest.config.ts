import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../../tools/db/src/testing/postgres-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
