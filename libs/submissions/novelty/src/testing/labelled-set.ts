import type { EntryText, TextField } from '../entry-text.ts';
import {
  draftOf,
  generateCorpus,
  randomSpec,
  render,
  type CorpusEntry,
  type EntryDraft,
  type EntrySpec,
} from './corpus.ts';
import { FIELD_BANKS, FILLERS, PLACES, PROVINCES, SOLUTION_INTROS, SYNONYMS } from './phrase-banks.ts';
import { Random } from './random.ts';

/**
 * How a query was made from the corpus. The first five are duplicates of their source entry, the rest are not.
 *
 * - `near-copy`: the source with small edits: another unit and commune, other figures, a sentence or a step
 *   dropped, a filler sentence added.
 * - `paraphrase`: the source reworded: most words that have a synonym swapped, the sentences of the situation and
 *   benefits and the steps of the solution reordered, another opening line for the solution.
 * - `reordered`: the source with its parts moved: the steps of the solution in another order, the sentences of the
 *   situation and benefits shuffled, and the situation's last sentence moved to the benefits.
 * - `no-diacritics`: the source (sometimes near-copied) typed without diacritics, đ as d.
 * - `partial-copy`: a new entry of the same field whose solution is the source's solution (lightly edited);
 *   title, situation and benefits are its own.
 * - `boilerplate`: an unrelated entry of the same field and unit that shares the source's opening sentence,
 *   closing sentence, target group, and half of the step templates of its solution (filled with another
 *   procedure and other tools). Not a duplicate.
 * - `same-problem`: a new entry whose current situation is copied from the source (the same problem) but whose
 *   title, solution and benefits are different. Not a duplicate: it solves the problem another way.
 * - `unrelated`: a fresh entry of the same field.
 */
export const QUERY_KINDS = [
  'near-copy',
  'paraphrase',
  'reordered',
  'no-diacritics',
  'partial-copy',
  'boilerplate',
  'same-problem',
  'unrelated',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const DUPLICATE_KINDS: ReadonlySet<QueryKind> = new Set([
  'near-copy',
  'paraphrase',
  'reordered',
  'no-diacritics',
  'partial-copy',
]);

/** A query with its label: the corpus entries it duplicates (none for the negative kinds). */
export interface LabelledQuery {
  queryId: string;
  kind: QueryKind;
  text: EntryText;
  provinceCode: string;
  contestYear: number;
  /** The source entry the query was made from (also for negatives, which were made to resemble it). */
  sourceId: string;
  /** Entries a correct check reports: the source for duplicates, nothing for the others. */
  duplicateOf: string[];
  /** Fields of the source that the query took over (for duplicates). */
  copiedFields: TextField[];
}

export interface LabelledSet {
  corpus: CorpusEntry[];
  queries: LabelledQuery[];
}

/** Removes diacritics but keeps the case, as text typed on a keyboard without a Vietnamese input method. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const synonymPattern = new RegExp(
  `(?<![\\p{L}])(${SYNONYMS.flatMap((pair) => pair)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
const synonymOf = new Map(SYNONYMS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/** Swaps each known word for its synonym with the given probability. */
export function swapSynonyms(text: string, random: Random, probability: number): string {
  return text.replace(synonymPattern, (word) =>
    random.chance(probability) ? (synonymOf.get(word) ?? word) : word,
  );
}

function mapDraft(draft: EntryDraft, change: (sentence: string) => string): EntryDraft {
  return {
    spec: draft.spec,
    title: change(draft.title),
    situation: draft.situation.map(change),
    intro: change(draft.intro),
    steps: draft.steps.map(change),
    benefits: draft.benefits.map(change),
  };
}

function dropOne(sentences: string[], random: Random): string[] {
  if (sentences.length < 4) return sentences;
  const index = random.int(1, sentences.length - 1);
  return sentences.filter((_, i) => i !== index);
}

/** Small edits of a copy taken to another unit: names, figures, a sentence less, a filler sentence more. */
export function nearCopy(draft: EntryDraft, random: Random): EntryDraft {
  const place = random.pick(PLACES);
  const unit = draft.spec.unit.endsWith(draft.spec.place)
    ? draft.spec.unit.slice(0, -draft.spec.place.length) + place
    : draft.spec.unit;
  const edit = (sentence: string) =>
    sentence
      .split(draft.spec.unit)
      .join(unit)
      .split(draft.spec.place)
      .join(place)
      .replace(/\d+/g, (digits) => (random.chance(0.5) ? String(Number(digits) + random.int(1, 9)) : digits));
  const edited = mapDraft(draft, edit);
  const situation = dropOne(edited.situation, random);
  situation.splice(random.int(1, situation.length), 0, random.pick(FILLERS));
  return {
    ...edited,
    situation,
    steps: random.chance(0.5) ? dropOne(edited.steps, random) : edited.steps,
  };
}

/**
 * The same content reworded: nearly every word that has a synonym swapped, figures changed, a problem and
 * perhaps a step left out, a filler sentence added, sentences and steps reordered, another opening for the solution.
 */
export function paraphrase(draft: EntryDraft, random: Random): EntryDraft {
  const swapped = mapDraft(draft, (sentence) =>
    swapSynonyms(sentence, random, 0.9).replace(/\d+/g, (digits) =>
      random.chance(0.5) ? String(Number(digits) + random.int(1, 9)) : digits,
    ),
  );
  const [opening, ...rest] = swapped.situation;
  const problems = dropOne(random.shuffle(rest), random);
  problems.splice(random.int(0, problems.length), 0, random.pick(FILLERS));
  const otherIntros = SOLUTION_INTROS.filter((_, i) => i !== draft.spec.intro);
  return {
    ...swapped,
    situation: random.chance(0.5) ? [...problems, opening!] : [opening!, ...problems],
    intro: swapSynonyms(random.pick(otherIntros).replace(/\{Unit\}|\{unit\}/g, draft.spec.unit), random, 0.9),
    steps: dropOne(random.shuffle(swapped.steps), random),
    benefits: random.shuffle(swapped.benefits),
  };
}

/** The same text with its parts moved within and between sections. */
export function reorder(draft: EntryDraft, random: Random): EntryDraft {
  const situation = random.shuffle(draft.situation);
  const moved = situation.length > 1 ? situation.splice(-1) : [];
  return {
    ...draft,
    situation,
    steps: random.shuffle(draft.steps),
    benefits: random.shuffle([...moved, ...draft.benefits]),
  };
}

function specLike(source: EntrySpec, random: Random): EntrySpec {
  const fresh = randomSpec(random, source.field);
  const bank = FIELD_BANKS[source.field];
  const others = <T>(items: readonly T[], ...not: T[]) => items.filter((item) => !not.includes(item));
  fresh.object = random.pick(others(bank.objects, source.object));
  fresh.tool = random.pick(others(bank.tools, source.tool, source.tool2));
  fresh.tool2 = random.pick(others(bank.tools, source.tool, source.tool2, fresh.tool));
  return fresh;
}

/** The labelled set: a corpus and queries of every kind, reproducible from the seed. */
export function generateLabelledSet(options: {
  seed: number;
  corpusSize: number;
  queriesPerKind: number;
}): LabelledSet {
  const random = new Random(options.seed);
  const { entries, drafts } = generateCorpus(random, options.corpusSize);
  const queries: LabelledQuery[] = [];
  const sources = random.sample(
    entries.map((_, i) => i),
    Math.min(entries.length, options.queriesPerKind * QUERY_KINDS.length),
  );
  let next = 0;
  for (const kind of QUERY_KINDS) {
    for (let i = 0; i < options.queriesPerKind && next < sources.length; i++) {
      const index = sources[next++]!;
      const source = entries[index]!;
      const draft = drafts[index]!;
      const made = makeQuery(kind, draft, random);
      queries.push({
        queryId: random.uuid(),
        kind,
        text: made.text,
        // Mostly another province, the cross-province case; sometimes the source's own.
        provinceCode: random.chance(0.8) ? random.pick(PROVINCES)[0] : source.provinceCode,
        contestYear: random.int(Math.max(source.contestYear, 2022), 2026),
        sourceId: source.entryId,
        duplicateOf: DUPLICATE_KINDS.has(kind) ? [source.entryId] : [],
        copiedFields: made.copiedFields,
      });
    }
  }
  return { corpus: entries, queries };
}

function makeQuery(
  kind: QueryKind,
  draft: EntryDraft,
  random: Random,
): { text: EntryText; copiedFields: TextField[] } {
  const all: TextField[] = ['title', 'situation', 'solution', 'benefits'];
  switch (kind) {
    case 'near-copy':
      return { text: render(nearCopy(draft, random)), copiedFields: all };
    case 'paraphrase':
      return { text: render(paraphrase(draft, random)), copiedFields: all };
    case 'reordered':
      return { text: render(reorder(draft, random)), copiedFields: all };
    case 'no-diacritics': {
      const text = render(random.chance(0.5) ? nearCopy(draft, random) : draft);
      const stripped = Object.fromEntries(
        Object.entries(text).map(([field, value]) => [field, stripDiacritics(value)]),
      ) as EntryText;
      return { text: stripped, copiedFields: all };
    }
    case 'partial-copy': {
      const own = draftOf(specLike(draft.spec, random), random);
      const copied = random.chance(0.5) ? nearCopy(draft, random) : draft;
      return {
        text: render({ ...own, intro: copied.intro, steps: copied.steps }),
        copiedFields: ['solution'],
      };
    }
    case 'boilerplate': {
      const spec = specLike(draft.spec, random);
      Object.assign(spec, {
        unit: draft.spec.unit,
        place: draft.spec.place,
        group: draft.spec.group,
        year: draft.spec.year,
        plan: draft.spec.plan,
        opening: draft.spec.opening,
        intro: draft.spec.intro,
        closing: draft.spec.closing,
        title: draft.spec.title,
        steps: [
          ...draft.spec.steps.slice(0, Math.ceil(draft.spec.steps.length / 2)),
          ...spec.steps.filter((step) => !draft.spec.steps.includes(step)).slice(0, 3),
        ],
      });
      return { text: render(draftOf(spec, random)), copiedFields: [] };
    }
    case 'same-problem': {
      const spec = specLike(draft.spec, random);
      spec.object = draft.spec.object;
      const own = draftOf(spec, random);
      return { text: render({ ...own, situation: draft.situation }), copiedFields: [] };
    }
    case 'unrelated':
      return { text: render(draftOf(randomSpec(random, draft.spec.field), random)), copiedFields: [] };
  }
}
