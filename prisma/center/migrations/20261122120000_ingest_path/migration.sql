-- CreateTable
CREATE TABLE "studies" (
    "study_instance_uid" TEXT NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "node_id" TEXT NOT NULL,
    "study_date" TEXT,
    "study_time" TEXT,
    "study_description" TEXT,
    "modalities" TEXT[],
    "first_received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "studies_pkey" PRIMARY KEY ("study_instance_uid")
);

-- CreateTable
CREATE TABLE "series" (
    "series_instance_uid" TEXT NOT NULL,
    "study_instance_uid" TEXT NOT NULL,
    "modality" TEXT,
    "body_part" TEXT,
    "manufacturer" TEXT,
    "model" TEXT,
    "series_number" INTEGER,
    "series_description" TEXT,

    CONSTRAINT "series_pkey" PRIMARY KEY ("series_instance_uid")
);

-- CreateTable
CREATE TABLE "instances" (
    "sop_instance_uid" TEXT NOT NULL,
    "series_instance_uid" TEXT NOT NULL,
    "sop_class_uid" TEXT NOT NULL,
    "instance_number" INTEGER,
    "transfer_syntax_uid" TEXT NOT NULL,
    "object_key" TEXT NOT NULL,
    "byte_length" INTEGER NOT NULL,
    "node_id" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    "metadata" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instances_pkey" PRIMARY KEY ("sop_instance_uid")
);

-- CreateTable
CREATE TABLE "received_objects" (
    "node_id" TEXT NOT NULL,
    "stage1_sha256" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "sop_instance_uid" TEXT,
    "quarantine_id" UUID,
    "code" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "received_objects_pkey" PRIMARY KEY ("node_id","stage1_sha256")
);

-- CreateTable
CREATE TABLE "center_quarantine" (
    "id" UUID NOT NULL,
    "node_id" TEXT NOT NULL,
    "stage1_sha256" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sop_class_uid" TEXT,
    "modality" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "center_quarantine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "studies_node_id_idx" ON "studies"("node_id");

-- CreateIndex
CREATE INDEX "studies_study_date_idx" ON "studies"("study_date");

-- CreateIndex
CREATE INDEX "studies_pseudonym_idx" ON "studies"("pseudonym");

-- CreateIndex
CREATE INDEX "series_study_instance_uid_idx" ON "series"("study_instance_uid");

-- CreateIndex
CREATE INDEX "series_modality_idx" ON "series"("modality");

-- CreateIndex
CREATE INDEX "series_manufacturer_idx" ON "series"("manufacturer");

-- CreateIndex
CREATE INDEX "instances_series_instance_uid_idx" ON "instances"("series_instance_uid");

-- CreateIndex
CREATE INDEX "center_quarantine_status_received_at_idx" ON "center_quarantine"("status", "received_at");

-- AddForeignKey
ALTER TABLE "series" ADD CONSTRAINT "series_study_instance_uid_fkey" FOREIGN KEY ("study_instance_uid") REFERENCES "studies"("study_instance_uid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instances" ADD CONSTRAINT "instances_series_instance_uid_fkey" FOREIGN KEY ("series_instance_uid") REFERENCES "series"("series_instance_uid") ON DELETE CASCADE ON UPDATE CASCADE;

