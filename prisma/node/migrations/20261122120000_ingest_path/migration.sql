-- CreateTable
CREATE TABLE "instances" (
    "sop_instance_uid" TEXT NOT NULL,
    "study_instance_uid" TEXT NOT NULL,
    "series_instance_uid" TEXT NOT NULL,
    "sop_class_uid" TEXT NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "modality" TEXT,
    "body_part" TEXT,
    "manufacturer" TEXT,
    "model" TEXT,
    "study_date" TEXT,
    "transfer_syntax_uid" TEXT NOT NULL,
    "object_key" TEXT NOT NULL,
    "byte_length" INTEGER NOT NULL,
    "pixel_action" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "options" TEXT[],
    "received_via" TEXT NOT NULL,
    "calling_ae_title" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instances_pkey" PRIMARY KEY ("sop_instance_uid")
);

-- CreateTable
CREATE TABLE "push_items" (
    "sop_instance_uid" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "center_outcome" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "push_items_pkey" PRIMARY KEY ("sop_instance_uid")
);

-- CreateTable
CREATE TABLE "quarantined_objects" (
    "id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "received_via" TEXT NOT NULL,
    "calling_ae_title" TEXT,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sop_class_uid" TEXT,
    "modality" TEXT,
    "manufacturer" TEXT,
    "byte_length" INTEGER NOT NULL,
    "original_sha256" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "released_sop_instance_uid" TEXT,

    CONSTRAINT "quarantined_objects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent_opt_outs" (
    "patient_digest" TEXT NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "consent_opt_outs_pkey" PRIMARY KEY ("patient_digest")
);

-- CreateTable
CREATE TABLE "ingest_events" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "received_via" TEXT NOT NULL,
    "code" TEXT,
    "sop_instance_uid" TEXT,

    CONSTRAINT "ingest_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "instances_study_instance_uid_idx" ON "instances"("study_instance_uid");

-- CreateIndex
CREATE INDEX "instances_pseudonym_idx" ON "instances"("pseudonym");

-- CreateIndex
CREATE INDEX "instances_received_at_idx" ON "instances"("received_at");

-- CreateIndex
CREATE INDEX "push_items_state_next_attempt_at_idx" ON "push_items"("state", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "quarantined_objects_original_sha256_key" ON "quarantined_objects"("original_sha256");

-- CreateIndex
CREATE INDEX "quarantined_objects_status_received_at_idx" ON "quarantined_objects"("status", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "consent_opt_outs_pseudonym_key" ON "consent_opt_outs"("pseudonym");

-- CreateIndex
CREATE INDEX "ingest_events_occurred_at_idx" ON "ingest_events"("occurred_at");

-- CreateIndex
CREATE INDEX "ingest_events_outcome_idx" ON "ingest_events"("outcome");

-- AddForeignKey
ALTER TABLE "push_items" ADD CONSTRAINT "push_items_sop_instance_uid_fkey" FOREIGN KEY ("sop_instance_uid") REFERENCES "instances"("sop_instance_uid") ON DELETE CASCADE ON UPDATE CASCADE;

