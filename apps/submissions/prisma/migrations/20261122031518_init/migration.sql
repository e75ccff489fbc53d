-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegistryStatus" AS ENUM ('active', 'deactivated', 'merged');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('department', 'board', 'sector', 'district', 'commune', 'inspectorate', 'office', 'other');

-- CreateTable
CREATE TABLE "province" (
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "status" "RegistryStatus" NOT NULL DEFAULT 'active',
    "merged_into" VARCHAR(16),
    "merged_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "parent_id" UUID,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "status" "RegistryStatus" NOT NULL DEFAULT 'active',
    "merged_into" UUID,
    "merged_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "province_merged_into_idx" ON "province"("merged_into");

-- CreateIndex
CREATE INDEX "unit_province_code_parent_id_idx" ON "unit"("province_code", "parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_province_code_code_key" ON "unit"("province_code", "code");

-- AddForeignKey
ALTER TABLE "province" ADD CONSTRAINT "province_merged_into_fkey" FOREIGN KEY ("merged_into") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_merged_into_fkey" FOREIGN KEY ("merged_into") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
