-- AlterTable
ALTER TABLE "entry" ADD COLUMN     "author_names" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "novelty_matches" JSONB,
ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "entry_fingerprint" (
    "entry_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "contest_year" INTEGER NOT NULL,
    "field_key" VARCHAR(64),
    "title" VARCHAR(500) NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "feature_version" SMALLINT NOT NULL,
    "title_shingles" INTEGER[],
    "situation_shingles" INTEGER[],
    "solution_shingles" INTEGER[],
    "benefits_shingles" INTEGER[],
    "lsh_bands" INTEGER[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entry_fingerprint_pkey" PRIMARY KEY ("entry_id")
);

-- CreateIndex
CREATE INDEX "entry_fingerprint_lsh_bands_idx" ON "entry_fingerprint" USING GIN ("lsh_bands");

-- CreateIndex
CREATE INDEX "entry_fingerprint_province_code_idx" ON "entry_fingerprint"("province_code");

-- Province tenancy (docs/adr/0004): the novelty check compares an entry with every province's fingerprints, so
-- reading is open to every scope, as for the province table; a row is written only in its own province's scope.
ALTER TABLE "entry_fingerprint" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "entry_fingerprint" FORCE ROW LEVEL SECURITY;
CREATE POLICY "entry_fingerprint_read" ON "entry_fingerprint" FOR SELECT USING (true);
CREATE POLICY "entry_fingerprint_write" ON "entry_fingerprint" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
