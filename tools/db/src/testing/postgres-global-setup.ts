import type { TestProject } from 'vitest/node';
import { startScratchPostgres } from '../scratch-postgres.ts';
import type {} from './provided-context.ts';

/** Vitest global setup: one throw-away PostgreSQL cluster per test run, removed at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startScratchPostgres();
  project.provide('postgresUrl', postgres.url());
  return () => postgres.stop();
}
