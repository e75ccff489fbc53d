import type pg from 'pg';
import { upsertFingerprints } from '../fingerprint-store.ts';
import type { LshOptions } from '../fingerprint.ts';
import type { CorpusEntry } from './corpus.ts';
import { inProvince } from './in-province.ts';

const BATCH = 1000;

/** Writes a corpus's fingerprints as the service would: one transaction per province, a thousand entries per statement. */
export async function loadFingerprints(
  pool: pg.Pool,
  corpus: readonly CorpusEntry[],
  lsh?: LshOptions,
): Promise<void> {
  const byProvince = new Map<string, CorpusEntry[]>();
  for (const entry of corpus) {
    const entries = byProvince.get(entry.provinceCode);
    if (entries) entries.push(entry);
    else byProvince.set(entry.provinceCode, [entry]);
  }
  for (const [provinceCode, entries] of byProvince) {
    await inProvince(pool, provinceCode, async (client) => {
      for (let i = 0; i < entries.length; i += BATCH) {
        await upsertFingerprints(client, entries.slice(i, i + BATCH), lsh);
      }
    });
  }
}
