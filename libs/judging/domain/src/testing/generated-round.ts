import type { Assignment } from '../assignment.ts';
import { seededRandom } from '../random.ts';
import type { RoundEntry } from '../round-results.ts';
import type { Rubric } from '../rubric.ts';
import type { Score } from '../score.ts';

export interface GeneratedRoundSize {
  entries: number;
  /** Members of the council; each entry goes to `judgesPerEntry` of them in turn. */
  judges: number;
  judgesPerEntry: number;
  criteria: number;
  seed?: string;
}

export interface GeneratedRound {
  rubric: Rubric;
  entries: RoundEntry[];
  assignments: Assignment[];
  scores: Score[];
}

/**
 * A complete round of the given size, every assigned score submitted, for benchmarks and large tests. Entries have
 * a quality and judges a leniency, so totals differ the way real ones do; points are in halves.
 */
export function generateRound({
  entries,
  judges,
  judgesPerEntry,
  criteria,
  seed = 'round',
}: GeneratedRoundSize): GeneratedRound {
  const random = seededRandom(seed);
  const rubric: Rubric = {
    contestId: 'generated',
    round: 1,
    criteria: Array.from({ length: criteria }, (_, index) => ({
      key: `criterion-${index + 1}`,
      labelVi: `Tiêu chí ${index + 1}`,
      labelEn: `Criterion ${index + 1}`,
      maxPoints: 20,
    })),
  };
  const judgeIds = Array.from({ length: judges }, (_, index) => `judge-${index + 1}`);
  const leniency = judgeIds.map(() => (random() - 0.5) * 0.3);
  const start = Date.parse('2022-09-01T00:00:00Z');
  const roundEntries = Array.from({ length: entries }, (_, index) => ({
    id: `entry-${String(index + 1).padStart(5, '0')}`,
    submittedAt: new Date(start + Math.floor(random() * 14 * 86_400_000)).toISOString(),
  }));
  const assignments: Assignment[] = [];
  const scores: Score[] = [];
  roundEntries.forEach((entry, entryIndex) => {
    const quality = random();
    for (let slot = 0; slot < judgesPerEntry; slot += 1) {
      const judgeIndex = (entryIndex + slot) % judges;
      const judgeId = judgeIds[judgeIndex]!;
      assignments.push({ entryId: entry.id, judgeId });
      const points = Object.fromEntries(
        rubric.criteria.map(({ key, maxPoints }) => {
          const share = Math.min(1, Math.max(0, quality + leniency[judgeIndex]! + (random() - 0.5) * 0.2));
          return [key, Math.round(share * maxPoints * 2) / 2];
        }),
      );
      scores.push({ entryId: entry.id, judgeId, round: 1, points, comment: '', state: 'submitted' });
    }
  });
  return { rubric, entries: roundEntries, assignments, scores };
}
