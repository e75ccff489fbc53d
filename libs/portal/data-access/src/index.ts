export { problemMessageKey, toApiProblem, type ApiProblem } from './api-problem';
export { RegistryClient } from './registry/registry.client';
export type { Province, RegistryStatus, UnitInTree, UnitKind } from './registry/registry.models';
export { LOADING, remoteData, type RemoteData } from './remote-data';
export { remoteResource, type RemoteResource } from './remote-resource';
