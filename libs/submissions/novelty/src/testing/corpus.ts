import type { EntryText } from '../entry-text.ts';
import {
  AIMS,
  BENEFITS,
  CLOSINGS,
  FIELD_BANKS,
  FIELD_KEYS,
  GROUPS,
  OPENINGS,
  PLACES,
  PREDECESSORS,
  PROBLEMS,
  PROVINCES,
  SOLUTION_INTROS,
  STEPS,
  TITLE_TEMPLATES,
  UNITS,
  type FieldKey,
} from './phrase-banks.ts';
import type { Random } from './random.ts';

/** What an entry is about and how it is worded: the choices its text is rendered from. */
export interface EntrySpec {
  field: FieldKey;
  object: string;
  tool: string;
  tool2: string;
  unit: string;
  unit2: string;
  place: string;
  group: string;
  aim: string;
  year: number;
  plan: number;
  title: number;
  opening: number;
  intro: number;
  closing: number;
  problems: number[];
  steps: number[];
  benefits: number[];
}

/** An entry's text in sentences, so that it can be reworded and reordered. */
export interface EntryDraft {
  spec: EntrySpec;
  title: string;
  situation: string[];
  intro: string;
  steps: string[];
  benefits: string[];
}

/** A generated entry as stored in the corpus. */
export interface CorpusEntry extends EntryText {
  entryId: string;
  provinceCode: string;
  contestYear: number;
  fieldKey: FieldKey;
  published: boolean;
}

function unitName(random: Random, place: string): string {
  const unit = random.pick(UNITS);
  return unit.endsWith(' ') ? unit + place : unit;
}

/** Choices for a new entry of `field` (or a random field). */
export function randomSpec(random: Random, field?: FieldKey): EntrySpec {
  const key = field ?? random.pick(FIELD_KEYS);
  const bank = FIELD_BANKS[key];
  const place = random.pick(PLACES);
  const [tool, tool2] = random.sample(bank.tools, 2) as [string, string];
  return {
    field: key,
    object: random.pick(bank.objects),
    tool,
    tool2,
    unit: unitName(random, place),
    unit2: unitName(random, random.pick(PLACES)),
    place,
    group: random.pick(GROUPS),
    aim: random.pick(AIMS),
    year: random.int(2019, 2025),
    plan: random.int(100, 5999),
    title: random.int(0, TITLE_TEMPLATES.length - 1),
    opening: random.int(0, OPENINGS.length - 1),
    intro: random.int(0, SOLUTION_INTROS.length - 1),
    closing: random.int(0, CLOSINGS.length - 1),
    problems: random.sample(
      PROBLEMS.map((_, i) => i),
      random.int(3, 4),
    ),
    steps: random.sample(
      STEPS.map((_, i) => i),
      random.int(5, 7),
    ),
    benefits: random.sample(
      BENEFITS.map((_, i) => i),
      random.int(2, 4),
    ),
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Words that stand for the procedure or task once it has been named, as authors write. */
const ANAPHORS = ['công việc này', 'nhiệm vụ này', 'lĩnh vực này', 'nội dung này'];

/** Fills a template's slots from the spec; numbers are drawn afresh for each sentence. */
export function fill(template: string, spec: EntrySpec, random: Random, object = spec.object): string {
  const days = random.int(5, 30);
  const pct = random.int(10, 60);
  const values: Record<string, string> = {
    object,
    tool: spec.tool,
    tool2: spec.tool2,
    unit: spec.unit,
    Unit: capitalise(spec.unit),
    unit2: spec.unit2,
    place: spec.place,
    group: spec.group,
    Group: capitalise(spec.group),
    aim: spec.aim,
    year: String(spec.year - 1),
    year0: String(random.int(2005, 2018)),
    plan: String(spec.plan),
    days: String(days),
    days2: String(Math.max(1, Math.floor(days / random.int(2, 4)))),
    n: String(random.int(2, 90) * 10),
    n2: String(random.int(2, 12)),
    pct: String(pct),
    pct2: String(Math.min(99, pct + random.int(15, 40))),
    months: String(random.int(3, 18)),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/** Renders a spec into sentences. After the first mentions of a section, the procedure is often an anaphor. */
export function draftOf(spec: EntrySpec, random: Random): EntryDraft {
  const section = (templates: readonly string[], indexes: readonly number[]) =>
    indexes.map((index, i) =>
      fill(
        templates[index]!,
        spec,
        random,
        i > 0 && random.chance(0.6) ? random.pick(ANAPHORS) : spec.object,
      ),
    );
  return {
    spec,
    title: capitalise(fill(TITLE_TEMPLATES[spec.title]!, spec, random)),
    situation: [fill(OPENINGS[spec.opening]!, spec, random), ...section(PROBLEMS, spec.problems)],
    intro: fill(SOLUTION_INTROS[spec.intro]!, spec, random),
    steps: section(STEPS, spec.steps),
    benefits: [...section(BENEFITS, spec.benefits), fill(CLOSINGS[spec.closing]!, spec, random)],
  };
}

/** The entry text as an author would type it into the form. */
export function render(draft: EntryDraft): EntryText {
  return {
    title: draft.title,
    situation: draft.situation.join(' '),
    solution: [draft.intro, ...draft.steps.map((step, i) => `${i + 1}. ${step}`)].join('\n'),
    benefits: draft.benefits.join(' '),
  };
}

/** Province codes that entries can come from: today's 34 and, before the 2025 merger, their predecessors. */
function provinceFor(random: Random, year: number): string {
  if (year < 2025 && random.chance(0.1)) return random.pick(PREDECESSORS)[0];
  return random.pick(PROVINCES)[0];
}

export interface GeneratedCorpus {
  entries: CorpusEntry[];
  drafts: EntryDraft[];
}

/** `size` entries over the 34 provinces (and predecessors), contest years 2019–2025, about 30% published. */
export function generateCorpus(random: Random, size: number): GeneratedCorpus {
  const entries: CorpusEntry[] = [];
  const drafts: EntryDraft[] = [];
  for (let i = 0; i < size; i++) {
    const spec = randomSpec(random);
    const draft = draftOf(spec, random);
    drafts.push(draft);
    entries.push({
      entryId: random.uuid(),
      provinceCode: provinceFor(random, spec.year),
      contestYear: spec.year,
      fieldKey: spec.field,
      published: random.chance(0.3),
      ...render(draft),
    });
  }
  return { entries, drafts };
}
