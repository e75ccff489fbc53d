-- AlterTable
ALTER TABLE "entry" ADD COLUMN     "owner_id" VARCHAR(100);

-- CreateTable
CREATE TABLE "judging_settings" (
    "contest_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "settings" JSONB NOT NULL,
    "set_by" VARCHAR(100) NOT NULL,
    "set_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "judging_settings_pkey" PRIMARY KEY ("contest_id")
);

-- CreateTable
CREATE TABLE "recusal" (
    "contest_id" UUID NOT NULL,
    "judge_id" VARCHAR(100) NOT NULL,
    "entry_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL,
    "declared_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recusal_pkey" PRIMARY KEY ("contest_id","judge_id","entry_id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "contest_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "entry_id" UUID NOT NULL,
    "judge_id" VARCHAR(100) NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "assigned_by" VARCHAR(100) NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("contest_id","round","entry_id","judge_id")
);

-- CreateTable
CREATE TABLE "score" (
    "contest_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "entry_id" UUID NOT NULL,
    "judge_id" VARCHAR(100) NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "points" JSONB NOT NULL,
    "comment" TEXT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "saved_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "score_pkey" PRIMARY KEY ("contest_id","round","entry_id","judge_id")
);

-- CreateTable
CREATE TABLE "score_change" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "contest_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "entry_id" UUID NOT NULL,
    "judge_id" VARCHAR(100) NOT NULL,
    "change" JSONB NOT NULL,
    "changed_by" VARCHAR(100) NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "score_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "judging_round" (
    "contest_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" VARCHAR(100),
    "results" JSONB,
    "advancement_rule" JSONB,
    "advancing" JSONB,

    CONSTRAINT "judging_round_pkey" PRIMARY KEY ("contest_id","round")
);

-- CreateTable
CREATE TABLE "defence_slot" (
    "contest_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" VARCHAR(500),
    "online_link" VARCHAR(1000),
    "notified_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "defence_slot_pkey" PRIMARY KEY ("contest_id","entry_id")
);

-- CreateTable
CREATE TABLE "finalisation" (
    "contest_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "finalised_by" VARCHAR(100) NOT NULL,
    "finalised_at" TIMESTAMPTZ(3) NOT NULL,
    "weights" JSONB,
    "results" JSONB NOT NULL,

    CONSTRAINT "finalisation_pkey" PRIMARY KEY ("contest_id")
);

-- CreateIndex
CREATE INDEX "judging_settings_province_code_idx" ON "judging_settings"("province_code");

-- CreateIndex
CREATE INDEX "recusal_province_code_idx" ON "recusal"("province_code");

-- CreateIndex
CREATE INDEX "assignment_province_code_contest_id_round_judge_id_idx" ON "assignment"("province_code", "contest_id", "round", "judge_id");

-- CreateIndex
CREATE INDEX "score_province_code_contest_id_round_judge_id_idx" ON "score"("province_code", "contest_id", "round", "judge_id");

-- CreateIndex
CREATE INDEX "score_change_province_code_contest_id_round_entry_id_change_idx" ON "score_change"("province_code", "contest_id", "round", "entry_id", "changed_at");

-- CreateIndex
CREATE INDEX "judging_round_province_code_idx" ON "judging_round"("province_code");

-- CreateIndex
CREATE INDEX "defence_slot_province_code_idx" ON "defence_slot"("province_code");

-- CreateIndex
CREATE INDEX "finalisation_province_code_idx" ON "finalisation"("province_code");

-- Row-level security, as on the contests (20261201110629_contests_and_entries): each statement sees and changes only
-- the rows of the province its transaction is scoped to, '*' reads every province and writes none.
ALTER TABLE "judging_settings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "judging_settings" FORCE ROW LEVEL SECURITY;
CREATE POLICY "judging_settings_read" ON "judging_settings" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "judging_settings_write" ON "judging_settings" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "recusal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "recusal" FORCE ROW LEVEL SECURITY;
CREATE POLICY "recusal_read" ON "recusal" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "recusal_write" ON "recusal" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "assignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "assignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY "assignment_read" ON "assignment" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "assignment_write" ON "assignment" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "score" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "score" FORCE ROW LEVEL SECURITY;
CREATE POLICY "score_read" ON "score" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "score_write" ON "score" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "score_change" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "score_change" FORCE ROW LEVEL SECURITY;
CREATE POLICY "score_change_read" ON "score_change" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "score_change_write" ON "score_change" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "judging_round" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "judging_round" FORCE ROW LEVEL SECURITY;
CREATE POLICY "judging_round_read" ON "judging_round" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "judging_round_write" ON "judging_round" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "defence_slot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "defence_slot" FORCE ROW LEVEL SECURITY;
CREATE POLICY "defence_slot_read" ON "defence_slot" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "defence_slot_write" ON "defence_slot" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "finalisation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finalisation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "finalisation_read" ON "finalisation" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "finalisation_write" ON "finalisation" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
