export { registryReplicaHandlers } from './replica-handlers.ts';
