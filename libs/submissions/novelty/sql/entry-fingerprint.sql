-- Novelty fingerprints of initiative entries (libs/submissions/novelty). The submissions service owns this table
-- in its Prisma schema and migrations; this file is the exact DDL they must produce. No extension is needed.
--
-- One row per submitted entry of every province and year. The service upserts the row when an entry is
-- submitted or changed after submission, updates `published` when the entry is published, and deletes it when
-- the entry is withdrawn. Shingles are the library's hashed syllable shingles of each field, not text: a row
-- keeps the title (shown to other provinces) and no other wording of the entry.

CREATE TABLE "entry_fingerprint" (
  "entry_id"           UUID         NOT NULL,
  "province_code"      VARCHAR(16)  NOT NULL,
  "contest_year"       INTEGER      NOT NULL,
  "field_key"          VARCHAR(64),
  "title"              VARCHAR(500) NOT NULL,
  "published"          BOOLEAN      NOT NULL DEFAULT false,
  -- FINGERPRINT_VERSION of the library that computed the row; rows of another version are not compared.
  "feature_version"    SMALLINT     NOT NULL,
  -- Sorted distinct 32-bit hashes of the field's syllable shingles.
  "title_shingles"     INTEGER[]    NOT NULL,
  "situation_shingles" INTEGER[]    NOT NULL,
  "solution_shingles"  INTEGER[]    NOT NULL,
  "benefits_shingles"  INTEGER[]    NOT NULL,
  -- MinHash LSH band keys of the whole entry and of its solution; entries sharing keys are candidates.
  "lsh_bands"          INTEGER[]    NOT NULL,
  "updated_at"         TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

  CONSTRAINT "entry_fingerprint_pkey" PRIMARY KEY ("entry_id")
);

-- Candidate retrieval: one `lsh_bands @> ARRAY[band]` probe per band of the checked entry.
CREATE INDEX "entry_fingerprint_lsh_bands_idx" ON "entry_fingerprint" USING GIN ("lsh_bands") WITH (fastupdate = off);
CREATE INDEX "entry_fingerprint_province_code_idx" ON "entry_fingerprint" ("province_code");

-- Province tenancy (docs/adr/0004): the novelty check reads every province's fingerprints, so reading is open
-- to every scope, as for the province table; a row is written only in its own province's scope. The read policy
-- must stay the constant `true`: with any other expression PostgreSQL may not evaluate the array operator `@>`
-- (not leakproof) inside the GIN index before the policy, and the check becomes a scan of the whole table.
ALTER TABLE "entry_fingerprint" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "entry_fingerprint" FORCE ROW LEVEL SECURITY;
CREATE POLICY "entry_fingerprint_read" ON "entry_fingerprint" FOR SELECT USING (true);
CREATE POLICY "entry_fingerprint_write" ON "entry_fingerprint" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
