-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "nodes" (
    "id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "hospital" TEXT NOT NULL,
    "public_key" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enrolled_by" TEXT NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3),
    "software_version" TEXT,

    CONSTRAINT "nodes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_nonces" (
    "node_id" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "request_nonces_pkey" PRIMARY KEY ("node_id","nonce")
);

-- CreateIndex
CREATE INDEX "request_nonces_expires_at_idx" ON "request_nonces"("expires_at");

-- AddForeignKey
ALTER TABLE "request_nonces" ADD CONSTRAINT "request_nonces_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

