-- CreateTable
CREATE TABLE "council" (
    "contest_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "decision_number" VARCHAR(100) NOT NULL,
    "decision_date" DATE NOT NULL,
    "decision_signer" VARCHAR(200) NOT NULL,
    "members" JSONB NOT NULL,
    "quorum" INTEGER NOT NULL,
    "updated_by" VARCHAR(100) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "council_pkey" PRIMARY KEY ("contest_id")
);

-- CreateTable
CREATE TABLE "council_change" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "contest_id" UUID NOT NULL,
    "change" JSONB NOT NULL,
    "reason" TEXT,
    "changed_by" VARCHAR(100) NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "council_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rubric" (
    "contest_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "criteria" JSONB NOT NULL,
    "set_by" VARCHAR(100) NOT NULL,
    "set_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rubric_pkey" PRIMARY KEY ("contest_id","round")
);

-- CreateIndex
CREATE INDEX "council_province_code_idx" ON "council"("province_code");

-- CreateIndex
CREATE INDEX "council_change_province_code_contest_id_changed_at_idx" ON "council_change"("province_code", "contest_id", "changed_at");

-- CreateIndex
CREATE INDEX "rubric_province_code_idx" ON "rubric"("province_code");

-- Row-level security, as on the contests (20261201110629_contests_and_entries): each statement sees and changes only
-- the rows of the province its transaction is scoped to, '*' reads every province and writes none.
ALTER TABLE "council" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "council" FORCE ROW LEVEL SECURITY;
CREATE POLICY "council_read" ON "council" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "council_write" ON "council" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "council_change" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "council_change" FORCE ROW LEVEL SECURITY;
CREATE POLICY "council_change_read" ON "council_change" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "council_change_write" ON "council_change" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "rubric" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "rubric" FORCE ROW LEVEL SECURITY;
CREATE POLICY "rubric_read" ON "rubric" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "rubric_write" ON "rubric" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
