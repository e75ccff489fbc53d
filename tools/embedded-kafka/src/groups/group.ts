import { randomUUID } from 'node:crypto';
import { ErrorCode, type ErrorCodeValue } from '../protocol/error-codes.ts';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

/** Timeouts that bound every group of the broker. */
export interface GroupSettings {
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  /** How long a rebalance of an empty group waits for more members (Kafka's group.initial.rebalance.delay.ms). */
  initialRebalanceDelayMs: number;
}

export interface Protocol {
  name: string;
  metadata: Buffer;
}

export interface JoinRequest {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: Protocol[];
  /** JoinGroup v4+: a new member first gets MEMBER_ID_REQUIRED with its id, then joins with it (KIP-394). */
  requireKnownMemberId: boolean;
}

export interface JoinResult {
  errorCode: ErrorCodeValue;
  generationId: number;
  protocolName: string;
  leaderId: string;
  memberId: string;
  members: { memberId: string; groupInstanceId: string | null; metadata: Buffer }[];
}

export interface SyncResult {
  errorCode: ErrorCodeValue;
  assignment: Buffer;
}

export interface Member {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocols: Protocol[];
  assignment: Buffer;
  lastHeartbeat: number;
  pendingJoin: ((result: JoinResult) => void) | null;
  pendingSync: ((result: SyncResult) => void) | null;
}

const EMPTY = Buffer.alloc(0);

function joinError(errorCode: ErrorCodeValue, memberId: string): JoinResult {
  return { errorCode, generationId: -1, protocolName: '', leaderId: '', memberId, members: [] };
}

function syncError(errorCode: ErrorCodeValue): SyncResult {
  return { errorCode, assignment: EMPTY };
}

function sameProtocols(a: Protocol[], b: Protocol[]): boolean {
  return (
    a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.metadata.equals(b[i].metadata))
  );
}

/**
 * One consumer group under the classic rebalance protocol: members join (PreparingRebalance), the leader's
 * assignment is relayed through SyncGroup (CompletingRebalance), then heartbeats keep members alive (Stable).
 */
export class Group {
  state: GroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, Member>();
  /** Ids handed out with MEMBER_ID_REQUIRED, with the time they are forgotten if the member never joins. */
  private readonly pendingMembers = new Map<string, number>();
  private rebalanceDeadline = 0;
  private joinNotBefore = 0;

  constructor(
    readonly groupId: string,
    private readonly settings: GroupSettings,
    private readonly now: () => number = Date.now,
  ) {}

  join(request: JoinRequest): JoinResult | Promise<JoinResult> {
    const { minSessionTimeoutMs, maxSessionTimeoutMs } = this.settings;
    if (request.sessionTimeoutMs < minSessionTimeoutMs || request.sessionTimeoutMs > maxSessionTimeoutMs) {
      return joinError(ErrorCode.INVALID_SESSION_TIMEOUT, request.memberId);
    }
    if (request.protocolType === '' || request.protocols.length === 0 || !this.accepts(request)) {
      return joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, request.memberId);
    }
    let member = this.members.get(request.memberId);
    if (request.memberId === '') {
      const memberId = `${request.clientId}-${randomUUID()}`;
      if (request.requireKnownMemberId) {
        this.pendingMembers.set(memberId, this.now() + request.sessionTimeoutMs);
        return joinError(ErrorCode.MEMBER_ID_REQUIRED, memberId);
      }
      member = this.add(memberId, request);
    } else if (!member) {
      if (!this.pendingMembers.delete(request.memberId))
        return joinError(ErrorCode.UNKNOWN_MEMBER_ID, request.memberId);
      member = this.add(request.memberId, request);
    } else {
      const changed = !sameProtocols(member.protocols, request.protocols);
      Object.assign(member, {
        sessionTimeoutMs: request.sessionTimeoutMs,
        rebalanceTimeoutMs: request.rebalanceTimeoutMs,
        protocols: request.protocols,
        clientId: request.clientId,
        clientHost: request.clientHost,
        lastHeartbeat: this.now(),
      });
      // A follower re-joining with unchanged metadata learns the current generation without a rebalance.
      const isFollower = member.memberId !== this.leaderId;
      if (!changed && (this.state === 'CompletingRebalance' || (this.state === 'Stable' && isFollower))) {
        return this.joinResult(member);
      }
    }
    const joining = member;
    return new Promise((resolve) => {
      joining.pendingJoin?.(joinError(ErrorCode.REBALANCE_IN_PROGRESS, joining.memberId));
      joining.pendingJoin = resolve;
      if (this.state !== 'PreparingRebalance') this.prepareRebalance();
      this.tryCompleteJoin();
    });
  }

  /** Whether the request's protocol type and protocols fit the current members. */
  private accepts(request: JoinRequest): boolean {
    const others = [...this.members.values()].filter((m) => m.memberId !== request.memberId);
    if (others.length === 0) return true;
    if (request.protocolType !== this.protocolType) return false;
    return request.protocols.some((p) => others.every((m) => m.protocols.some((q) => q.name === p.name)));
  }

  private add(memberId: string, request: JoinRequest): Member {
    const member: Member = {
      memberId,
      groupInstanceId: request.groupInstanceId,
      clientId: request.clientId,
      clientHost: request.clientHost,
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: request.rebalanceTimeoutMs,
      protocols: request.protocols,
      assignment: EMPTY,
      lastHeartbeat: this.now(),
      pendingJoin: null,
      pendingSync: null,
    };
    this.members.set(memberId, member);
    if (this.members.size === 1) this.protocolType = request.protocolType;
    return member;
  }

  private prepareRebalance(): void {
    for (const member of this.members.values()) {
      member.pendingSync?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      member.pendingSync = null;
    }
    const now = this.now();
    const rebalanceTimeout = Math.max(0, ...[...this.members.values()].map((m) => m.rebalanceTimeoutMs));
    this.joinNotBefore =
      this.state === 'Empty' ? now + Math.min(this.settings.initialRebalanceDelayMs, rebalanceTimeout) : 0;
    this.rebalanceDeadline = now + rebalanceTimeout;
    this.state = 'PreparingRebalance';
  }

  private tryCompleteJoin(): void {
    if (this.state !== 'PreparingRebalance' || this.now() < this.joinNotBefore) return;
    const everyoneJoined = [...this.members.values()].every((m) => m.pendingJoin !== null);
    if (everyoneJoined && this.pendingMembers.size === 0) this.completeJoin();
  }

  /** Starts the next generation with the members that re-joined; the others are dropped. */
  private completeJoin(): void {
    for (const member of [...this.members.values()])
      if (!member.pendingJoin) this.members.delete(member.memberId);
    this.pendingMembers.clear();
    this.generationId++;
    if (this.members.size === 0) {
      this.state = 'Empty';
      this.protocolType = null;
      this.protocolName = null;
      this.leaderId = null;
      return;
    }
    this.protocolName = this.selectProtocol();
    if (this.leaderId === null || !this.members.has(this.leaderId))
      this.leaderId = this.members.keys().next().value ?? null;
    this.state = 'CompletingRebalance';
    const now = this.now();
    for (const member of this.members.values()) {
      const resolve = member.pendingJoin;
      member.pendingJoin = null;
      member.lastHeartbeat = now;
      resolve?.(this.joinResult(member));
    }
  }

  /** The protocol all members support that most of them prefer, as Kafka chooses it. */
  private selectProtocol(): string {
    const members = [...this.members.values()];
    const first = members[0] as Member;
    const candidates = first.protocols
      .map((p) => p.name)
      .filter((name) => members.every((m) => m.protocols.some((p) => p.name === name)));
    const votes = new Map<string, number>(candidates.map((name) => [name, 0]));
    for (const member of members) {
      const choice = member.protocols.find((p) => votes.has(p.name));
      if (choice) votes.set(choice.name, (votes.get(choice.name) ?? 0) + 1);
    }
    return [...votes.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  }

  private joinResult(member: Member): JoinResult {
    const isLeader = member.memberId === this.leaderId;
    return {
      errorCode: ErrorCode.NONE,
      generationId: this.generationId,
      protocolName: this.protocolName ?? '',
      leaderId: this.leaderId ?? '',
      memberId: member.memberId,
      members: isLeader
        ? [...this.members.values()].map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            metadata: m.protocols.find((p) => p.name === this.protocolName)?.metadata ?? EMPTY,
          }))
        : [],
    };
  }

  sync(
    memberId: string,
    generationId: number,
    assignments: { memberId: string; assignment: Buffer }[],
  ): SyncResult | Promise<SyncResult> {
    const member = this.members.get(memberId);
    if (!member) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (generationId !== this.generationId) return syncError(ErrorCode.ILLEGAL_GENERATION);
    if (this.state === 'PreparingRebalance') return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
    if (this.state === 'Stable') return { errorCode: ErrorCode.NONE, assignment: member.assignment };
    return new Promise((resolve) => {
      member.pendingSync?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      member.pendingSync = resolve;
      if (memberId !== this.leaderId) return;
      const byMember = new Map(assignments.map((a) => [a.memberId, a.assignment]));
      this.state = 'Stable';
      const now = this.now();
      for (const m of this.members.values()) {
        m.assignment = byMember.get(m.memberId) ?? EMPTY;
        m.lastHeartbeat = now;
        const pending = m.pendingSync;
        m.pendingSync = null;
        pending?.({ errorCode: ErrorCode.NONE, assignment: m.assignment });
      }
    });
  }

  heartbeat(memberId: string, generationId: number): ErrorCodeValue {
    const member = this.members.get(memberId);
    if (!member) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== this.generationId) return ErrorCode.ILLEGAL_GENERATION;
    member.lastHeartbeat = this.now();
    return this.state === 'PreparingRebalance' ? ErrorCode.REBALANCE_IN_PROGRESS : ErrorCode.NONE;
  }

  leave(memberId: string): ErrorCodeValue {
    const member = this.members.get(memberId);
    if (!member) return this.pendingMembers.delete(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
    this.remove(member);
    return ErrorCode.NONE;
  }

  private remove(member: Member): void {
    this.members.delete(member.memberId);
    member.pendingJoin?.(joinError(ErrorCode.UNKNOWN_MEMBER_ID, member.memberId));
    member.pendingSync?.(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    if (this.state === 'Stable' || this.state === 'CompletingRebalance') this.prepareRebalance();
    this.tryCompleteJoin();
  }

  /** Expires silent members and pending ids, and ends a rebalance that ran out of time. */
  tick(): void {
    const now = this.now();
    for (const [memberId, expiry] of this.pendingMembers)
      if (now >= expiry) this.pendingMembers.delete(memberId);
    for (const member of [...this.members.values()]) {
      // Members waiting on JoinGroup or SyncGroup cannot heartbeat on that connection, so they are kept.
      const waiting = member.pendingJoin !== null || member.pendingSync !== null;
      if (!waiting && now - member.lastHeartbeat > member.sessionTimeoutMs) this.remove(member);
    }
    if (this.state === 'PreparingRebalance' && now >= this.rebalanceDeadline && now >= this.joinNotBefore) {
      this.completeJoin();
    } else {
      this.tryCompleteJoin();
    }
  }

  /** Whether an offset commit from this member and generation is accepted, following Kafka's checks. */
  commitError(memberId: string, generationId: number): ErrorCodeValue {
    if (generationId < 0 && this.state === 'Empty') return ErrorCode.NONE;
    if (this.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    if (!this.members.has(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== this.generationId) return ErrorCode.ILLEGAL_GENERATION;
    return ErrorCode.NONE;
  }
}
