import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_FIELDS, type EntryText } from './entry-text.ts';
import { DUPLICATE_THRESHOLD, findSimilarEntries, type NoveltyQuery } from './find-similar.ts';
import { deleteFingerprint, markPublished, upsertFingerprints } from './fingerprint-store.ts';
import { fingerprint, FINGERPRINT_VERSION } from './fingerprint.ts';
import type { Queryable } from './queryable.ts';
import { draftOf, generateCorpus, randomSpec, render, type CorpusEntry } from './testing/corpus.ts';
import { createFingerprintDatabase, type FingerprintDatabase } from './testing/fingerprint-database.ts';
import { inProvince } from './testing/in-province.ts';
import { paraphrase, stripDiacritics } from './testing/labelled-set.ts';
import { loadFingerprints } from './testing/load-fingerprints.ts';
import { Random } from './testing/random.ts';

const random = new Random(12);
const { entries, drafts } = generateCorpus(random, 400);
// The entry the checks are about: Ninh Thuận's (merged into Khánh Hòa in 2025), not published.
const source: CorpusEntry = { ...entries[0]!, provinceCode: 'NT', contestYear: 2023, published: false };
const sourceDraft = drafts[0]!;
const corpus = [source, ...entries.slice(1)];

const withoutDiacritics = Object.fromEntries(
  TEXT_FIELDS.map((field) => [field, stripDiacritics(source[field])]),
) as EntryText;
const paraphrased = render(paraphrase(sourceDraft, random));
const unrelated = render(draftOf(randomSpec(random, source.fieldKey), random));

let db: FingerprintDatabase;
beforeAll(async () => {
  db = await createFingerprintDatabase();
  await loadFingerprints(db.pool, corpus);
});
afterAll(() => db?.drop());

const check = (query: NoveltyQuery) => findSimilarEntries(db.pool, query);
const matchOfSource = async (query: NoveltyQuery) =>
  (await check(query)).find((match) => match.entryId === source.entryId);

describe('fingerprint store', () => {
  it('keeps the NFC title, the shingles and bands of the entry, and the fingerprint version', async () => {
    const { rows } = await db.pool.query(
      `SELECT province_code, contest_year, field_key, title, published, feature_version, title_shingles,
              situation_shingles, solution_shingles, benefits_shingles, lsh_bands
       FROM entry_fingerprint WHERE entry_id = $1`,
      [source.entryId],
    );
    const print = fingerprint(source);
    expect(rows).toEqual([
      {
        province_code: 'NT',
        contest_year: 2023,
        field_key: source.fieldKey,
        title: source.title.normalize('NFC'),
        published: false,
        feature_version: FINGERPRINT_VERSION,
        title_shingles: print.shingles.title,
        situation_shingles: print.shingles.situation,
        solution_shingles: print.shingles.solution,
        benefits_shingles: print.shingles.benefits,
        lsh_bands: print.bands,
      },
    ]);
  });

  it('rewrites an entry on a second upsert', async () => {
    const edited = { ...corpus[1]!, title: 'Tiêu đề đã sửa' };
    await inProvince(db.pool, edited.provinceCode, (client) => upsertFingerprints(client, [edited]));
    const { rows } = await db.pool.query(`SELECT title FROM entry_fingerprint WHERE entry_id = $1`, [
      edited.entryId,
    ]);
    expect(rows).toEqual([{ title: 'Tiêu đề đã sửa' }]);
  });

  it("refuses to write a row of another province than the transaction's", async () => {
    const foreign = { ...corpus[2]!, provinceCode: 'HN' };
    await expect(
      inProvince(db.pool, 'CB', (client) => upsertFingerprints(client, [foreign])),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('findSimilarEntries', () => {
  it('finds a copy typed without diacritics, with every field matched', async () => {
    const match = await matchOfSource({ text: withoutDiacritics, provinceCode: 'HN' });
    expect(match).toMatchObject({
      provinceCode: 'NT',
      year: 2023,
      title: source.title,
      score: 1,
      matchedFields: ['title', 'situation', 'solution', 'benefits'],
    });
  });

  it('finds a paraphrase above the duplicate threshold', async () => {
    const match = await matchOfSource({ text: paraphrased, provinceCode: 'HN' });
    expect(match?.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('does not report an unrelated entry of the same field', async () => {
    expect(await check({ text: unrelated, provinceCode: 'HN' })).toEqual([]);
    const closest = await check({ text: unrelated, provinceCode: 'HN', threshold: 0 });
    expect(closest.length).toBeGreaterThan(0);
    expect(closest.every((match) => match.score < DUPLICATE_THRESHOLD)).toBe(true);
  });

  it('leaves out the checked entry itself', async () => {
    expect(await matchOfSource({ text: source, provinceCode: 'NT' })).toBeDefined();
    expect(
      await matchOfSource({ text: source, provinceCode: 'NT', excludeEntryId: source.entryId }),
    ).toBeUndefined();
  });

  it("counts a predecessor's entry as the province's own", async () => {
    expect(
      await matchOfSource({ text: withoutDiacritics, provinceCode: 'KH', predecessorCodes: ['NT'] }),
    ).toMatchObject({ sameProvince: true, restricted: false });
    expect(await matchOfSource({ text: withoutDiacritics, provinceCode: 'KH' })).toMatchObject({
      sameProvince: false,
    });
  });

  it("flags another province's unpublished entry as restricted until it is published", async () => {
    expect(await matchOfSource({ text: paraphrased, provinceCode: 'HN' })).toMatchObject({
      sameProvince: false,
      published: false,
      restricted: true,
    });
    await inProvince(db.pool, 'NT', (client) => markPublished(client, source.entryId));
    expect(await matchOfSource({ text: paraphrased, provinceCode: 'HN' })).toMatchObject({
      published: true,
      restricted: false,
    });
  });

  it('returns at most the limit, best first', async () => {
    const matches = await check({ text: source, provinceCode: 'NT', threshold: 0, limit: 3 });
    expect(matches).toHaveLength(3);
    expect(matches[0]!.entryId).toBe(source.entryId);
    expect(matches.map((match) => match.score)).toEqual(
      [...matches.map((match) => match.score)].sort((a, b) => b - a),
    );
  });

  it('probes the band index under row-level security, even on a table of a few hundred rows', async () => {
    await db.pool.query('ANALYZE entry_fingerprint');
    const plans: string[] = [];
    const explaining: Queryable = {
      async query(text, values) {
        const { rows } = await db.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, values);
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
        return { rows: [] };
      },
    };
    await findSimilarEntries(explaining, { text: paraphrased, provinceCode: 'HN' });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toContain('Bitmap Index Scan on entry_fingerprint_lsh_bands_idx');
    expect(plans[0]).not.toContain('Seq Scan on entry_fingerprint');
  });

  it('no longer finds a deleted entry', async () => {
    await inProvince(db.pool, 'NT', (client) => deleteFingerprint(client, source.entryId));
    expect(await matchOfSource({ text: withoutDiacritics, provinceCode: 'HN' })).toBeUndefined();
  });

  it('finds nothing for an empty text', async () => {
    expect(
      await check({ text: { title: '', situation: '', solution: '', benefits: '' }, provinceCode: 'HN' }),
    ).toEqual([]);
  });
});
