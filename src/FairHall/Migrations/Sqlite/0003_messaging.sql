-- Messaging and record-keeping: in-app notifications, the SMS sandbox outbox, outbox per-handler
-- deliveries, and the index the audit console needs for date ranges.

CREATE TABLE "notifications" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_notifications" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "body_zh" TEXT NOT NULL,
    "body_en" TEXT NOT NULL,
    "link" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "read_at" INTEGER NULL
);

CREATE TABLE "outbox_deliveries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_outbox_deliveries" PRIMARY KEY AUTOINCREMENT,
    "message_id" INTEGER NOT NULL,
    "handler" TEXT NOT NULL,
    "delivered_at" INTEGER NOT NULL
);

CREATE TABLE "sms_messages" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sms_messages" PRIMARY KEY AUTOINCREMENT,
    "phone" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE INDEX "ix_audit_entries_at" ON "audit_entries" ("at");

CREATE INDEX "ix_notifications_user_id_id" ON "notifications" ("user_id", "id");

CREATE INDEX "ix_notifications_user_id_read_at" ON "notifications" ("user_id", "read_at");

CREATE UNIQUE INDEX "ix_outbox_deliveries_message_id_handler" ON "outbox_deliveries" ("message_id", "handler");

CREATE INDEX "ix_sms_messages_phone_id" ON "sms_messages" ("phone", "id");
