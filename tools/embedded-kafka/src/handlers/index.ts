import type { ApiHandler } from '../server/api.ts';
import { apiVersions } from './api-versions.ts';
import { createTopics } from './create-topics.ts';
import { deleteTopics } from './delete-topics.ts';
import { describeGroups } from './describe-groups.ts';
import { fetchApi } from './fetch.ts';
import { findCoordinator } from './find-coordinator.ts';
import { heartbeat } from './heartbeat.ts';
import { initProducerId } from './init-producer-id.ts';
import { joinGroup } from './join-group.ts';
import { leaveGroup } from './leave-group.ts';
import { listGroups } from './list-groups.ts';
import { listOffsets } from './list-offsets.ts';
import { metadata } from './metadata.ts';
import { offsetCommit } from './offset-commit.ts';
import { offsetFetch } from './offset-fetch.ts';
import { produceApi } from './produce.ts';
import { syncGroup } from './sync-group.ts';

/** Every API the broker serves, in API key order (ApiVersions advertises them so). */
export const apis: readonly ApiHandler[] = [
  produceApi,
  fetchApi,
  listOffsets,
  metadata,
  offsetCommit,
  offsetFetch,
  findCoordinator,
  joinGroup,
  heartbeat,
  leaveGroup,
  syncGroup,
  describeGroups,
  listGroups,
  apiVersions,
  createTopics,
  deleteTopics,
  initProducerId,
];
