-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "center_contacts" (
    "id" BIGSERIAL NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "center_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "center_contacts_attempted_at_idx" ON "center_contacts"("attempted_at");

