import type { EntryDraft } from './entry.ts';

/** One changed value between two versions, by dotted path (`authors.1.contributionPercent`). */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** The old value; null when it was added. */
  before: unknown;
  /** The new value; null when it was removed. */
  after: unknown;
}

/** A line of an entry's version log: who changed it, when, and what. */
export interface EntryVersionRecord {
  by: string;
  at: string;
  changes: FieldChange[];
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || typeof value !== 'object';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

function collect(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (before === undefined) {
    out.push({ path, kind: 'added', before: null, after });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: 'removed', before, after: null });
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) collect(before[key], after[key], join(path, key), out);
    return;
  }
  // lists of keys (target indices, confidential sections) read best as one before/after pair
  if (Array.isArray(before) && Array.isArray(after) && ![...before, ...after].every(isScalar)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) collect(before[index], after[index], join(path, index), out);
    return;
  }
  out.push({ path, kind: 'changed', before, after });
}

/**
 * What changed between two versions of an entry's content, one change per leaf value (objects are descended,
 * lists of records compared position by position, lists of plain values as a whole); an empty list when nothing did.
 */
export function diffEntries(before: EntryDraft, after: EntryDraft): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(before, after, '', changes);
  return changes;
}

/** Makes the version-log line for a save by `by` at `at` (the caller's user and clock); null if nothing changed. */
export function entryVersionRecord(
  before: EntryDraft,
  after: EntryDraft,
  by: string,
  at: Date,
): EntryVersionRecord | null {
  const changes = diffEntries(before, after);
  return changes.length === 0 ? null : { by, at: at.toISOString(), changes };
}
