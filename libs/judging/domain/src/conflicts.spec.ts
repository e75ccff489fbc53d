import { describe, expect, it } from 'vitest';
import { conflictsOf, conflictTest, findConflicts, type JudgeIdentity } from './conflicts.ts';
import { sampleEntries } from './testing/samples.ts';

const judge = (overrides: Partial<JudgeIdentity> = {}): JudgeIdentity => ({
  userId: 'u-judge',
  name: 'Nông Thị Giám',
  unitId: 'so-noi-vu',
  dateOfBirth: '1975-05-05',
  ...overrides,
});

const entry = (overrides: Partial<ReturnType<typeof sampleEntries>[number]> = {}) => ({
  ...sampleEntries()[0]!,
  ...overrides,
});

describe('conflicts of interest', () => {
  it('finds none between a judge and an entry from another unit by other people', () => {
    expect(conflictsOf(judge(), entry())).toEqual([]);
  });

  it("flags an entry from the judge's own unit", () => {
    expect(conflictsOf(judge({ unitId: 'ubnd-hoa-an' }), entry())).toEqual([
      { kind: 'same-unit', unitId: 'ubnd-hoa-an' },
    ]);
  });

  it('does not treat two people without a unit as colleagues', () => {
    expect(conflictsOf(judge({ unitId: null }), entry({ unitId: null }))).toEqual([]);
  });

  it('matches an author by user id when the author has one, whatever the names', () => {
    const author = { userId: 'u-judge', name: 'Tên khác', dateOfBirth: null };
    expect(conflictsOf(judge(), entry({ authors: [author] }))).toEqual([
      { kind: 'author', authorIndex: 0, matchedOn: 'user-id' },
    ]);
    const other = { userId: 'u-other', name: 'Nông Thị Giám', dateOfBirth: '1975-05-05' };
    expect(conflictsOf(judge(), entry({ authors: [other] }))).toEqual([]);
  });

  it('matches an author without an account by name in NFC and any case, and by date of birth when both have one', () => {
    const decomposed = 'NÔNG THỊ GIÁM'.normalize('NFD');
    const sameBirth = { name: `  ${decomposed} `, dateOfBirth: '1975-05-05' };
    expect(conflictsOf(judge(), entry({ authors: [sameBirth] }))).toEqual([
      { kind: 'author', authorIndex: 0, matchedOn: 'name-and-birth-date' },
    ]);
    const namesake = { name: 'Nông Thị Giám', dateOfBirth: '1990-01-01' };
    expect(conflictsOf(judge(), entry({ authors: [namesake] }))).toEqual([]);
    const undated = { name: 'Nông Thị Giám', dateOfBirth: null };
    expect(conflictsOf(judge(), entry({ authors: [undated] }))).toEqual([
      { kind: 'author', authorIndex: 0, matchedOn: 'name' },
    ]);
  });

  it('keeps diacritics: "Nong Thi Giam" is someone else', () => {
    expect(conflictsOf(judge(), entry({ authors: [{ name: 'Nong Thi Giam' }] }))).toEqual([]);
  });

  it("adds the judge's declared recusals for this entry only", () => {
    const recusals = [
      { judgeId: 'u-judge', entryId: 'entry-1', reason: 'Tác giả là người thân' },
      { judgeId: 'u-judge', entryId: 'entry-2', reason: 'Khác' },
      { judgeId: 'u-other', entryId: 'entry-1', reason: 'Khác' },
    ];
    expect(conflictsOf(judge(), entry(), recusals)).toEqual([
      { kind: 'declared', reason: 'Tác giả là người thân' },
    ]);
  });

  it('lists every conflicted pair of a council and a round, and tests pairs', () => {
    const judges = [
      judge({ userId: 'u-ict', name: 'Triệu Văn Tin', unitId: 'so-tttt', dateOfBirth: null }),
      judge({ userId: 'u-finance', name: 'Đàm Văn Tài', unitId: 'so-tai-chinh' }),
    ];
    const recusals = [{ judgeId: 'u-finance', entryId: 'entry-1', reason: 'Đã góp ý cho đề án' }];
    const conflicts = findConflicts(judges, sampleEntries(), recusals);
    expect(
      conflicts.map(({ judgeId, entryId, reasons }) => [judgeId, entryId, reasons.map((r) => r.kind)]),
    ).toEqual([
      ['u-ict', 'entry-3', ['author']],
      ['u-finance', 'entry-1', ['declared']],
      ['u-finance', 'entry-2', ['same-unit']],
    ]);
    const isConflicted = conflictTest(conflicts);
    expect(isConflicted('u-ict', 'entry-3')).toBe(true);
    expect(isConflicted('u-ict', 'entry-1')).toBe(false);
  });
});
