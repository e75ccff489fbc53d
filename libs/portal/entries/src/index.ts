export { entriesRoutes, unitEntriesRoutes } from './entries.routes';
