-- CreateTable
CREATE TABLE "contest" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "rounds" JSONB NOT NULL,
    "unit_preselection" BOOLEAN NOT NULL,
    "blind_judging" BOOLEAN NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "contest_id" UUID NOT NULL,
    "unit_id" UUID,
    "status" VARCHAR(16) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "field_key" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "authors" JSONB NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contest_province_code_idx" ON "contest"("province_code");

-- CreateIndex
CREATE INDEX "entry_province_code_contest_id_status_idx" ON "entry"("province_code", "contest_id", "status");

-- Row-level security, as on the registry replica (20261122090000_registry_row_level_security): each statement sees and
-- changes only the rows of the province its transaction is scoped to, '*' reads every province and writes none.
ALTER TABLE "contest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "contest" FORCE ROW LEVEL SECURITY;
CREATE POLICY "contest_read" ON "contest" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "contest_write" ON "contest" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "entry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "entry" FORCE ROW LEVEL SECURITY;
CREATE POLICY "entry_read" ON "entry" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "entry_write" ON "entry" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
