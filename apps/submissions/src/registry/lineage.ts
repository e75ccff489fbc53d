import type { TenantTransaction } from '../tenant-prisma.ts';

/** A step in a merge history: a province (by code) or a unit (by id). */
export interface LineageLink {
  key: string;
  name: string;
  /** When this one was merged into its successor (yyyy-mm-dd); null while it stands. */
  mergedOn: string | null;
}

export interface Lineage {
  /** Everything merged into this one, directly or through others, nearest first. */
  predecessors: LineageLink[];
  /** What this one was merged into, then what that was merged into, and so on. */
  successors: LineageLink[];
}

// Table and key column by kind; fixed strings, never input.
const TABLES = { province: { table: 'province', key: 'code' }, unit: { table: 'unit', key: 'id' } } as const;
// Deep enough for any real history; bounds a corrupt cycle.
const MAX_DEPTH = 32;

interface LinkRow {
  key: string;
  name: string;
  merged_on: Date | null;
}

const linkOf = (row: LinkRow): LineageLink => ({
  key: row.key,
  name: row.name,
  mergedOn: row.merged_on?.toISOString().slice(0, 10) ?? null,
});

type Kind = keyof typeof TABLES;

/** Everything merged into this province or unit, directly or through others, nearest first. */
export async function predecessorsOf(tx: TenantTransaction, kind: Kind, key: string): Promise<LineageLink[]> {
  const { table, key: column } = TABLES[kind];
  const rows = await tx.$queryRawUnsafe<LinkRow[]>(
    `WITH RECURSIVE earlier AS (
       SELECT ${column}::text AS key, name, merged_on, 1 AS depth FROM ${table} WHERE merged_into::text = $1
       UNION
       SELECT t.${column}::text, t.name, t.merged_on, earlier.depth + 1
       FROM ${table} t JOIN earlier ON t.merged_into::text = earlier.key
       WHERE earlier.depth < ${MAX_DEPTH})
     SELECT key, name, merged_on FROM earlier ORDER BY depth, key`,
    key,
  );
  return rows.map(linkOf);
}

/** What this province or unit was merged into, then what that was merged into, and so on. */
export async function successorsOf(tx: TenantTransaction, kind: Kind, key: string): Promise<LineageLink[]> {
  const { table, key: column } = TABLES[kind];
  const rows = await tx.$queryRawUnsafe<LinkRow[]>(
    `WITH RECURSIVE later AS (
       SELECT t.${column}::text AS key, t.name, t.merged_on, 1 AS depth
       FROM ${table} t JOIN ${table} s ON s.merged_into = t.${column} WHERE s.${column}::text = $1
       UNION
       SELECT t.${column}::text, t.name, t.merged_on, later.depth + 1
       FROM ${table} t JOIN ${table} s ON s.merged_into = t.${column} JOIN later ON s.${column}::text = later.key
       WHERE later.depth < ${MAX_DEPTH})
     SELECT key, name, merged_on FROM later ORDER BY depth`,
    key,
  );
  return rows.map(linkOf);
}

/** The merge history of a province or a unit, both ways. */
export async function lineageOf(tx: TenantTransaction, kind: Kind, key: string): Promise<Lineage> {
  return { predecessors: await predecessorsOf(tx, kind, key), successors: await successorsOf(tx, kind, key) };
}
