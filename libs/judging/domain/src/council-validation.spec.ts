import { describe, expect, it } from 'vitest';
import type { CouncilMember } from './council.ts';
import { validateCouncil } from './council-validation.ts';
import type { Result } from './result.ts';
import { sampleCouncil } from './testing/samples.ts';

function problemsOf(result: Result<unknown>) {
  return result.ok ? [] : result.problems.map(({ field, code }) => ({ field, code }));
}

const members = sampleCouncil().members;
const withRole = (index: number, role: CouncilMember['role']) =>
  members.map((member, at) => (at === index ? { ...member, role } : member));

describe('council rules', () => {
  it('accepts a council of seven with a chair, a vice-chair, a secretary and members', () => {
    expect(validateCouncil(sampleCouncil()).ok).toBe(true);
  });

  it('requires a chair', () => {
    expect(problemsOf(validateCouncil(sampleCouncil({ members: withRole(0, 'member') })))).toEqual([
      { field: 'members', code: 'council.chair.missing' },
    ]);
  });

  it('allows only one chair', () => {
    expect(problemsOf(validateCouncil(sampleCouncil({ members: withRole(4, 'chair') })))).toEqual([
      { field: 'members.4.role', code: 'council.chair.multiple' },
    ]);
  });

  it('allows at most one secretary', () => {
    expect(problemsOf(validateCouncil(sampleCouncil({ members: withRole(5, 'secretary') })))).toEqual([
      { field: 'members.5.role', code: 'council.secretary.multiple' },
    ]);
  });

  it('allows several vice-chairs and no secretary', () => {
    expect(validateCouncil(sampleCouncil({ members: withRole(2, 'vice-chair') })).ok).toBe(true);
  });

  it('refuses a person listed twice', () => {
    const repeated = [...members, { ...members[3]!, role: 'member' as const }];
    expect(problemsOf(validateCouncil(sampleCouncil({ members: repeated })))).toEqual([
      { field: 'members.7.userId', code: 'council.members.duplicate_user' },
    ]);
  });

  it('requires a quorum from 1 to the number of members', () => {
    for (const quorum of [0, 8, 2.5]) {
      expect(problemsOf(validateCouncil(sampleCouncil({ quorum })))).toEqual([
        { field: 'quorum', code: 'council.quorum.out_of_range' },
      ]);
    }
    expect(validateCouncil(sampleCouncil({ quorum: 7 })).ok).toBe(true);
    expect(validateCouncil(sampleCouncil({ quorum: 1 })).ok).toBe(true);
  });

  it("requires the decision's number, a calendar date and its signer", () => {
    const decision = { number: ' ', date: '2021-02-30', signer: '' };
    expect(problemsOf(validateCouncil(sampleCouncil({ decision })))).toEqual([
      { field: 'decision.number', code: 'required' },
      { field: 'decision.date', code: 'invalid_date' },
      { field: 'decision.signer', code: 'required' },
    ]);
  });

  it("requires each member's name", () => {
    const unnamed = members.map((member, index) => (index === 6 ? { ...member, name: '' } : member));
    expect(problemsOf(validateCouncil(sampleCouncil({ members: unnamed })))).toEqual([
      { field: 'members.6.name', code: 'required' },
    ]);
  });
});
