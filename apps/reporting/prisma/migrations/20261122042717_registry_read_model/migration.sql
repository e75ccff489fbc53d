-- DropTable
DROP TABLE "province_summary";

-- CreateTable
CREATE TABLE "province" (
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "merged_into" VARCHAR(16),
    "synced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "province_code" VARCHAR(16) NOT NULL,
    "parent_id" UUID,
    "name" VARCHAR(300) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "merged_into" UUID,
    "synced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unit_province_code_idx" ON "unit"("province_code");
