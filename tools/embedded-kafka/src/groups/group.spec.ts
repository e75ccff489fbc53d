import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../protocol/error-codes.ts';
import { Group, type JoinRequest, type JoinResult } from './group.ts';

const settings = { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000, initialRebalanceDelayMs: 0 };

function request(memberId: string, overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    memberId,
    groupInstanceId: null,
    clientId: 'client',
    clientHost: '/127.0.0.1',
    sessionTimeoutMs: 1000,
    rebalanceTimeoutMs: 5000,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: Buffer.from(memberId) }],
    requireKnownMemberId: true,
    ...overrides,
  };
}

/** Joins with MEMBER_ID_REQUIRED first, as clients on JoinGroup v4+ do; the join may still be pending. */
async function joinNew(group: Group): Promise<{ joined: Promise<JoinResult> }> {
  const first = await group.join(request(''));
  expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
  return { joined: Promise.resolve(group.join(request(first.memberId))) };
}

describe('consumer group', () => {
  it('hands out member ids, elects a leader and relays its assignment', async () => {
    const group = new Group('g', settings);
    const a = await (await joinNew(group)).joined;
    expect(a).toMatchObject({
      errorCode: ErrorCode.NONE,
      generationId: 1,
      leaderId: a.memberId,
      protocolName: 'range',
    });
    expect(a.members).toHaveLength(1);

    // A second member triggers a rebalance that completes when the first re-joins.
    const bJoin = (await joinNew(group)).joined;
    expect(group.state).toBe('PreparingRebalance');
    expect(group.heartbeat(a.memberId, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const aAgain = await group.join(request(a.memberId));
    const b = await bJoin;
    expect(aAgain.generationId).toBe(2);
    expect(aAgain.members.map((m) => m.memberId).sort()).toEqual([a.memberId, b.memberId].sort());
    expect(b.members).toEqual([]);

    const bSync = group.sync(b.memberId, 2, []);
    const aSync = await group.sync(a.memberId, 2, [
      { memberId: a.memberId, assignment: Buffer.from('A') },
      { memberId: b.memberId, assignment: Buffer.from('B') },
    ]);
    expect(aSync.assignment.toString()).toBe('A');
    expect((await bSync).assignment.toString()).toBe('B');
    expect(group.state).toBe('Stable');
    expect(group.heartbeat(b.memberId, 2)).toBe(ErrorCode.NONE);
    expect(group.heartbeat(b.memberId, 1)).toBe(ErrorCode.ILLEGAL_GENERATION);
  });

  it('rebalances when a member leaves and when one stops heart-beating', async () => {
    let now = 0;
    const group = new Group('g', settings, () => now);
    const a = await (await joinNew(group)).joined;
    const bJoin = (await joinNew(group)).joined;
    await group.join(request(a.memberId));
    const b = await bJoin;
    await Promise.all([group.sync(b.memberId, 2, []), group.sync(a.memberId, 2, [])]);

    expect(group.leave(b.memberId)).toBe(ErrorCode.NONE);
    expect(group.state).toBe('PreparingRebalance');
    const solo = await group.join(request(a.memberId));
    expect(solo).toMatchObject({ generationId: 3, members: [{ memberId: a.memberId }] });
    await group.sync(a.memberId, 3, []);

    // Silence beyond the session timeout removes the member and empties the group.
    now += 1001;
    group.tick();
    expect(group.members.size).toBe(0);
    expect(group.state).toBe('Empty');
    expect(group.heartbeat(a.memberId, 3)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('drops members that do not re-join before the rebalance timeout', async () => {
    let now = 0;
    const group = new Group('g', settings, () => now);
    const a = await (await joinNew(group)).joined;
    await group.sync(a.memberId, 1, []);
    const bJoin = (await joinNew(group)).joined;
    // a keeps heart-beating but never re-joins.
    now += 900;
    group.heartbeat(a.memberId, 1);
    now += 4200;
    group.heartbeat(a.memberId, 1);
    group.tick();
    const b = await bJoin;
    expect(b).toMatchObject({ generationId: 2, leaderId: b.memberId });
    expect([...group.members.keys()]).toEqual([b.memberId]);
  });

  it('refuses unknown members, bad session timeouts and incompatible protocols', async () => {
    const group = new Group('g', settings);
    expect((await group.join(request('nobody'))).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await group.join(request('', { sessionTimeoutMs: 10 }))).errorCode).toBe(
      ErrorCode.INVALID_SESSION_TIMEOUT,
    );
    await (
      await joinNew(group)
    ).joined;
    const other = await group.join(
      request('', { protocols: [{ name: 'other', metadata: Buffer.alloc(0) }] }),
    );
    expect(other.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  it('joins at once without MEMBER_ID_REQUIRED for JoinGroup before v4', async () => {
    const group = new Group('g', settings);
    const joined = await group.join(request('', { requireKnownMemberId: false }));
    expect(joined).toMatchObject({ errorCode: ErrorCode.NONE, generationId: 1 });
  });

  it('accepts offset commits only from current members', async () => {
    const group = new Group('g', settings);
    expect(group.commitError('', -1)).toBe(ErrorCode.NONE);
    const a = await (await joinNew(group)).joined;
    expect(group.commitError(a.memberId, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    await group.sync(a.memberId, 1, []);
    expect(group.commitError(a.memberId, 1)).toBe(ErrorCode.NONE);
    expect(group.commitError(a.memberId, 0)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(group.commitError('stranger', 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});
