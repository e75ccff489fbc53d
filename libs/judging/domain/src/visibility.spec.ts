import { describe, expect, it } from 'vitest';
import type { Score } from './score.ts';
import { sampleEntries, sampleScore } from './testing/samples.ts';
import { entryForJudge, visibleScores } from './visibility.ts';

const scores: Score[] = [
  sampleScore({ judgeId: 'u-me' }),
  sampleScore({ judgeId: 'u-other' }),
  sampleScore({ judgeId: 'u-drafting', state: 'draft' }),
  sampleScore({ entryId: 'entry-2', judgeId: 'u-other' }),
];
const judgesOf = (list: Score[]) => list.map((score) => `${score.entryId}/${score.judgeId}`);

describe('what judges see', () => {
  it('hides the authors, the unit and the owner in blind judging, keeping the rest', () => {
    const entry = sampleEntries()[0]!;
    const blind = entryForJudge(entry, { blind: true });
    expect(Object.keys(blind).sort()).toEqual(['id', 'submittedAt', 'title']);
    expect(entryForJudge(entry, { blind: false })).toEqual(entry);
  });

  it('shows a member only their own scores while the round is open', () => {
    const seen = visibleScores(
      scores,
      { userId: 'u-me', councilRole: 'member' },
      {
        roundClosed: false,
        showOthersBeforeClose: false,
      },
    );
    expect(judgesOf(seen)).toEqual(['entry-1/u-me']);
  });

  it("shows others' submitted scores, not drafts, when the contest allows it or once the round is closed", () => {
    const viewer = { userId: 'u-me', councilRole: 'vice-chair' as const };
    const expected = ['entry-1/u-me', 'entry-1/u-other', 'entry-2/u-other'];
    expect(
      judgesOf(visibleScores(scores, viewer, { roundClosed: false, showOthersBeforeClose: true })),
    ).toEqual(expected);
    expect(
      judgesOf(visibleScores(scores, viewer, { roundClosed: true, showOthersBeforeClose: false })),
    ).toEqual(expected);
  });

  it('shows the chair and the secretary everything, drafts included', () => {
    for (const councilRole of ['chair', 'secretary'] as const) {
      const seen = visibleScores(
        scores,
        { userId: 'u-x', councilRole },
        { roundClosed: false, showOthersBeforeClose: false },
      );
      expect(seen).toHaveLength(4);
    }
  });

  it("hides others' scores on an entry the viewer has a conflict with until the round closes", () => {
    const viewer = { userId: 'u-x', councilRole: 'chair' as const };
    const open = { roundClosed: false, showOthersBeforeClose: true, conflictedEntryIds: ['entry-1'] };
    expect(judgesOf(visibleScores(scores, viewer, open))).toEqual(['entry-2/u-other']);
    expect(visibleScores(scores, viewer, { ...open, roundClosed: true })).toHaveLength(4);
  });

  it('shows nothing to someone outside the council', () => {
    const seen = visibleScores(
      scores,
      { userId: 'u-me', councilRole: null },
      { roundClosed: true, showOthersBeforeClose: true },
    );
    expect(seen).toEqual([]);
  });
});
