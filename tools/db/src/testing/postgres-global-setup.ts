import type { TestProject } from 'vitest/node';
import { startScratchPostgres } from '../scratch-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL cluster shared by one test run. */
    postgresUrl: string;
  }
}

/** Vitest global setup: one throw-away PostgreSQL cluster per test run, removed at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startScratchPostgres();
  project.provide('postgresUrl', postgres.url());
  return () => postgres.stop();
}
