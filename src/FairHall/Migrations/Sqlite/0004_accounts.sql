-- Accounts (issue 3): account status and CIFTIS fields on users, identifier and registration data on
-- enterprises, zone binding of sub-accounts, one-time verification codes.

ALTER TABLE "users" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'Enabled';
ALTER TABLE "users" ADD COLUMN "login_name" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "real_name" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "duty" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "registration_type" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "is_overseas" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "ix_users_phone_number" ON "users" ("phone_number");

ALTER TABLE "enterprises" ADD COLUMN "identifier" TEXT NULL;
ALTER TABLE "enterprises" ADD COLUMN "registration_type" TEXT NULL;
ALTER TABLE "enterprises" ADD COLUMN "contact_name" TEXT NULL;
ALTER TABLE "enterprises" ADD COLUMN "contact_phone" TEXT NULL;
ALTER TABLE "enterprises" ADD COLUMN "accounts_version" INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX "ix_enterprises_identifier" ON "enterprises" ("identifier");

CREATE TABLE "account_zones" (
    "user_id" INTEGER NOT NULL,
    "zone_id" INTEGER NOT NULL,
    CONSTRAINT "pk_account_zones" PRIMARY KEY ("user_id", "zone_id"),
    CONSTRAINT "fk_account_zones_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_account_zones_zones_zone_id" FOREIGN KEY ("zone_id") REFERENCES "zones" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_account_zones_zone_id" ON "account_zones" ("zone_id");

CREATE TABLE "verification_codes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_verification_codes" PRIMARY KEY AUTOINCREMENT,
    "purpose" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "user_id" INTEGER NULL,
    "salt" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "used_at" INTEGER NULL
);
CREATE INDEX "ix_verification_codes_target_purpose_created_at" ON "verification_codes" ("target", "purpose", "created_at");
