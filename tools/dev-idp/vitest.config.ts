import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // Each integration file starts one real server; RSA key generation and the TypeScript program for the
    // realm-file check take a few seconds on the 2-core machines.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
});
