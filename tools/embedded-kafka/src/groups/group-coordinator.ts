import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';
import type { CommittedOffset, CommittedOffsetStore } from '../storage/committed-offsets.ts';
import { Group, type GroupSettings } from './group.ts';

// Session and rebalance deadlines are checked this often; it bounds how late an expiry is noticed.
const TICK_MS = 100;

/** All consumer groups of the broker and their committed offsets. */
export class GroupCoordinator {
  private readonly groups = new Map<string, Group>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly settings: GroupSettings,
    readonly offsets: CommittedOffsetStore,
  ) {
    this.timer = setInterval(() => {
      for (const group of this.groups.values()) group.tick();
    }, TICK_MS);
    this.timer.unref();
  }

  find(groupId: string): Group | undefined {
    return this.groups.get(groupId);
  }

  getOrCreate(groupId: string): Group {
    let group = this.groups.get(groupId);
    if (!group) {
      group = new Group(groupId, this.settings);
      this.groups.set(groupId, group);
    }
    return group;
  }

  /** Groups with members or committed offsets, as ListGroups reports them. */
  list(): { groupId: string; protocolType: string }[] {
    const listed = new Map<string, string>();
    for (const groupId of this.offsets.groupIds()) listed.set(groupId, '');
    for (const group of this.groups.values()) {
      if (group.state !== 'Empty' || listed.has(group.groupId))
        listed.set(group.groupId, group.protocolType ?? '');
    }
    return [...listed].map(([groupId, protocolType]) => ({ groupId, protocolType }));
  }

  /** Commits offsets if the member may; returns the error for every partition otherwise. */
  commit(
    groupId: string,
    memberId: string,
    generationId: number,
    offsets: CommittedOffset[],
  ): ErrorCodeValue {
    const group = this.groups.get(groupId);
    const error = group
      ? group.commitError(memberId, generationId)
      : generationId < 0
        ? ErrorCode.NONE
        : ErrorCode.UNKNOWN_MEMBER_ID;
    if (error === ErrorCode.NONE) this.offsets.commit(groupId, offsets);
    return error;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
