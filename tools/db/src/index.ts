export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from './embedded-postgres.ts';
export { startScratchPostgres } from './scratch-postgres.ts';
export { provisionDatabase, type DatabaseGrant } from './provision.ts';
export {
  createMigration,
  deployMigrations,
  migrationStatus,
  MigrationHistoryError,
  type MigrationStatus,
  type MigrationTarget,
} from './migrate.ts';
export { connectionConfig } from './connection.ts';
export { freePort } from './free-port.ts';
