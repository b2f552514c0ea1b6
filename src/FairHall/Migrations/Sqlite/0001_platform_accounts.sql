CREATE TABLE "audit_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "at" INTEGER NOT NULL,
    "actor_user_id" INTEGER NULL,
    "actor_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL
);


CREATE TABLE "enterprises" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_enterprises" PRIMARY KEY AUTOINCREMENT,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "delegation_id" INTEGER NULL,
    "created_at" INTEGER NOT NULL
);


CREATE TABLE "outbox_messages" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_outbox_messages" PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "occurred_at" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" INTEGER NOT NULL,
    "locked_until" INTEGER NULL,
    "processed_at" INTEGER NULL,
    "last_error" TEXT NULL
);


CREATE TABLE "roles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_roles" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);


CREATE TABLE "users" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT,
    "display_name" TEXT NOT NULL,
    "enterprise_id" INTEGER NULL,
    "delegation_id" INTEGER NULL,
    "association_id" INTEGER NULL,
    "institution_id" INTEGER NULL,
    "created_at" INTEGER NOT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" INTEGER NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);


CREATE TABLE "role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" INTEGER NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_role_claims_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_user_claims_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" INTEGER NOT NULL,
    CONSTRAINT "pk_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_user_logins_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "user_roles" (
    "user_id" INTEGER NOT NULL,
    "role_id" INTEGER NOT NULL,
    CONSTRAINT "pk_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_user_roles_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "roles" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_user_roles_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "user_tokens" (
    "user_id" INTEGER NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_user_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_audit_entries_actor_user_id_id" ON "audit_entries" ("actor_user_id", "id");


CREATE INDEX "ix_audit_entries_entity_type_entity_id_id" ON "audit_entries" ("entity_type", "entity_id", "id");


CREATE INDEX "ix_enterprises_delegation_id" ON "enterprises" ("delegation_id");


CREATE UNIQUE INDEX "ix_enterprises_name_zh" ON "enterprises" ("name_zh");


CREATE INDEX "ix_outbox_messages_processed_at_next_attempt_at" ON "outbox_messages" ("processed_at", "next_attempt_at");


CREATE INDEX "ix_role_claims_role_id" ON "role_claims" ("role_id");


CREATE UNIQUE INDEX "role_name_index" ON "roles" ("normalized_name");


CREATE INDEX "ix_user_claims_user_id" ON "user_claims" ("user_id");


CREATE INDEX "ix_user_logins_user_id" ON "user_logins" ("user_id");


CREATE INDEX "ix_user_roles_role_id" ON "user_roles" ("role_id");


CREATE INDEX "email_index" ON "users" ("normalized_email");


CREATE INDEX "ix_users_association_id" ON "users" ("association_id");


CREATE INDEX "ix_users_delegation_id" ON "users" ("delegation_id");


CREATE INDEX "ix_users_enterprise_id" ON "users" ("enterprise_id");


CREATE INDEX "ix_users_institution_id" ON "users" ("institution_id");


CREATE UNIQUE INDEX "user_name_index" ON "users" ("normalized_user_name");



