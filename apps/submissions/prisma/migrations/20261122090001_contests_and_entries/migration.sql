-- CreateEnum
CREATE TYPE "ContestStatus" AS ENUM ('draft', 'open', 'closed', 'judging', 'finalized', 'archived');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('draft', 'submitted', 'forwarded', 'eligible', 'ineligible', 'withdrawn');

-- CreateTable
CREATE TABLE "contest" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "status" "ContestStatus" NOT NULL DEFAULT 'draft',
    "title" VARCHAR(500) NOT NULL,
    "plan_number" VARCHAR(100) NOT NULL,
    "plan_date" DATE NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "definition" JSONB NOT NULL,
    "copied_from" UUID,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "contest_id" UUID NOT NULL,
    "unit_id" UUID,
    "entrant_kind" VARCHAR(32) NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'draft',
    "title" VARCHAR(500) NOT NULL,
    "field_key" VARCHAR(64) NOT NULL,
    "owner_id" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "screening_note" TEXT,
    "screened_by" VARCHAR(100),
    "screened_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry_version" (
    "entry_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "changed_by" VARCHAR(100) NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,

    CONSTRAINT "entry_version_pkey" PRIMARY KEY ("entry_id","revision")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" VARCHAR(300) NOT NULL,
    "uploaded_by" VARCHAR(100) NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotent_request" (
    "province_code" VARCHAR(16) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "caller_id" VARCHAR(100) NOT NULL,
    "fingerprint" CHAR(64) NOT NULL,
    "status" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotent_request_pkey" PRIMARY KEY ("province_code","caller_id","key")
);

-- CreateIndex
CREATE INDEX "contest_province_code_status_idx" ON "contest"("province_code", "status");

-- CreateIndex
CREATE INDEX "contest_province_code_start_year_idx" ON "contest"("province_code", "start_year");

-- CreateIndex
CREATE INDEX "entry_province_code_contest_id_status_idx" ON "entry"("province_code", "contest_id", "status");

-- CreateIndex
CREATE INDEX "entry_province_code_unit_id_idx" ON "entry"("province_code", "unit_id");

-- CreateIndex
CREATE INDEX "entry_province_code_owner_id_idx" ON "entry"("province_code", "owner_id");

-- CreateIndex
CREATE INDEX "attachment_entry_id_idx" ON "attachment"("entry_id");

-- AddForeignKey
ALTER TABLE "entry" ADD CONSTRAINT "entry_contest_id_fkey" FOREIGN KEY ("contest_id") REFERENCES "contest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_version" ADD CONSTRAINT "entry_version_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on the registry (20261122090000_row_level_security): each statement sees and changes only
-- the rows of the province its transaction is scoped to, '*' reads every province and writes none.
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

ALTER TABLE "entry_version" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "entry_version" FORCE ROW LEVEL SECURITY;
CREATE POLICY "entry_version_read" ON "entry_version" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "entry_version_write" ON "entry_version" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

ALTER TABLE "attachment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attachment" FORCE ROW LEVEL SECURITY;
CREATE POLICY "attachment_read" ON "attachment" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "attachment_write" ON "attachment" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));

-- Answers kept for repeated requests are never read across provinces.
ALTER TABLE "idempotent_request" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "idempotent_request" FORCE ROW LEVEL SECURITY;
CREATE POLICY "idempotent_request_own" ON "idempotent_request" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
