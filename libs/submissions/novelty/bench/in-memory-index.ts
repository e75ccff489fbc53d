// Exact, brute-force similarity over an in-memory inverted index: the reference the database methods are
// compared with, and the TF-IDF cosine candidate. Not for production: it holds the whole corpus in memory.

import { TEXT_FIELDS, type EntryText } from '../src/entry-text.ts';
import { tokens } from '../src/normalise.ts';
import { combineScore } from '../src/scoring.ts';
import { hashString } from '../src/shingles.ts';

/** What is compared, as in the library: the whole entry and the solution. */
type Part = 'document' | 'solution';
const PARTS: readonly Part[] = ['document', 'solution'];

export type Weighting = 'set' | 'tfidf';

export interface InMemoryOptions {
  /** Syllables per shingle. */
  shingleSize: number;
  /** `set`: Jaccard of shingle sets. `tfidf`: cosine of TF-IDF vectors of syllables and shingles. */
  weighting: Weighting;
}

export interface InMemoryMatch {
  entryId: string;
  score: number;
}

/** Features with weights (1 for sets; term frequencies for TF-IDF before idf is applied). */
function termCounts(text: string, options: InMemoryOptions): Map<number, number> {
  const syllables = tokens(text);
  const counts = new Map<number, number>();
  const add = (feature: string) => {
    const key = hashString(feature);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const n = options.shingleSize;
  if (options.weighting === 'tfidf') for (const s of syllables) add(s);
  if (syllables.length < n && syllables.length > 0) add(syllables.join(' '));
  for (let i = 0; i + n <= syllables.length; i++) add(syllables.slice(i, i + n).join(' '));
  if (options.weighting === 'set') for (const key of counts.keys()) counts.set(key, 1);
  return counts;
}

function partsOf(text: EntryText, options: InMemoryOptions): Record<Part, Map<number, number>> {
  const document = new Map<number, number>();
  let solution = new Map<number, number>();
  for (const field of TEXT_FIELDS) {
    const counts = termCounts(text[field], options);
    if (field === 'solution') solution = counts;
    for (const [key, count] of counts) {
      document.set(key, options.weighting === 'set' ? 1 : (document.get(key) ?? 0) + count);
    }
  }
  return { document, solution };
}

export class InMemoryIndex {
  private readonly ids: string[] = [];
  private readonly postings = new Map<Part, Map<number, { entries: number[]; weights: number[] }>>();
  private readonly sizes = new Map<Part, number[]>();
  private readonly documentFrequency = new Map<number, number>();
  private idf = new Map<number, number>();

  constructor(private readonly options: InMemoryOptions) {
    for (const part of PARTS) {
      this.postings.set(part, new Map());
      this.sizes.set(part, []);
    }
  }

  /** Indexes all entries at once (TF-IDF needs the whole corpus for its document frequencies). */
  build(entries: ReadonlyArray<EntryText & { entryId: string }>): void {
    const all = entries.map((entry) => partsOf(entry, this.options));
    for (const parts of all)
      for (const key of parts.document.keys())
        this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
    const total = entries.length;
    this.idf = new Map(
      [...this.documentFrequency].map(([key, df]) => [key, Math.log((1 + total) / (1 + df)) + 1]),
    );
    entries.forEach((entry, index) => {
      this.ids.push(entry.entryId);
      const parts = all[index]!;
      for (const part of PARTS) {
        const vector = this.weigh(parts[part]);
        this.sizes.get(part)!.push(vector.size);
        const postings = this.postings.get(part)!;
        for (const [key, weight] of vector) {
          let list = postings.get(key);
          if (!list) postings.set(key, (list = { entries: [], weights: [] }));
          list.entries.push(index);
          list.weights.push(weight);
        }
      }
    });
  }

  private weigh(counts: Map<number, number>): Map<number, number> {
    if (this.options.weighting === 'set') return counts;
    const vector = new Map<number, number>();
    let norm = 0;
    for (const [key, count] of counts) {
      const weight = (1 + Math.log(count)) * (this.idf.get(key) ?? Math.log(1 + this.ids.length) + 1);
      vector.set(key, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [key, weight] of vector) vector.set(key, weight / norm);
    return vector;
  }

  /** The `limit` closest entries, scored exactly. */
  search(text: EntryText, limit: number): InMemoryMatch[] {
    const query = partsOf(text, this.options);
    const dots = new Map<Part, Float64Array>();
    const touched = new Set<number>();
    for (const part of PARTS) {
      const vector = this.weigh(query[part]);
      const dot = new Float64Array(this.ids.length);
      const postings = this.postings.get(part)!;
      for (const [key, weight] of vector) {
        const list = postings.get(key);
        if (!list) continue;
        for (let i = 0; i < list.entries.length; i++) {
          const entry = list.entries[i]!;
          dot[entry]! += weight * list.weights[i]!;
          touched.add(entry);
        }
      }
      dots.set(part, dot);
      if (this.options.weighting === 'set') {
        const sizes = this.sizes.get(part)!;
        const own = vector.size;
        for (const entry of touched) {
          const common = dot[entry]!;
          const union = own + sizes[entry]! - common;
          dot[entry] = union === 0 ? 0 : common / union;
        }
      }
    }
    const matches: InMemoryMatch[] = [];
    for (const entry of touched) {
      const score = combineScore(dots.get('document')![entry]!, dots.get('solution')![entry]!);
      matches.push({ entryId: this.ids[entry]!, score });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
