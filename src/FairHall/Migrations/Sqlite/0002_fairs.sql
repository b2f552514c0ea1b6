-- Fairs module (FAIR-1, FAIR-2, ROLE-2..4): fairs, sessions and phases, zones and their tags, organizations.

CREATE TABLE "fairs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_fairs" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "associations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_associations" PRIMARY KEY AUTOINCREMENT,
    "fair_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_associations_fairs_fair_id" FOREIGN KEY ("fair_id") REFERENCES "fairs" ("id") ON DELETE RESTRICT
);

CREATE TABLE "delegations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_delegations" PRIMARY KEY AUTOINCREMENT,
    "fair_id" INTEGER NOT NULL,
    "parent_id" INTEGER NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "region" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_delegations_delegations_parent_id" FOREIGN KEY ("parent_id") REFERENCES "delegations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegations_fairs_fair_id" FOREIGN KEY ("fair_id") REFERENCES "fairs" ("id") ON DELETE RESTRICT
);

CREATE TABLE "institutions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_institutions" PRIMARY KEY AUTOINCREMENT,
    "fair_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_institutions_fairs_fair_id" FOREIGN KEY ("fair_id") REFERENCES "fairs" ("id") ON DELETE RESTRICT
);

CREATE TABLE "sessions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sessions" PRIMARY KEY AUTOINCREMENT,
    "fair_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "application_opens_on" TEXT NOT NULL,
    "upload_opens_on" TEXT NOT NULL,
    "quota_sweep_on" TEXT NOT NULL,
    "routing_lock_on" TEXT NOT NULL,
    "offline_deadline_on" TEXT NOT NULL,
    "online_service_ends_on" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_sessions_fairs_fair_id" FOREIGN KEY ("fair_id") REFERENCES "fairs" ("id") ON DELETE RESTRICT
);

CREATE TABLE "session_phases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_session_phases" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "starts_on" TEXT NOT NULL,
    "ends_on" TEXT NOT NULL,
    CONSTRAINT "fk_session_phases_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "zones" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_zones" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "phase_number" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "is_active" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_zones_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "zone_associations" (
    "zone_id" INTEGER NOT NULL,
    "association_id" INTEGER NOT NULL,
    CONSTRAINT "pk_zone_associations" PRIMARY KEY ("zone_id", "association_id"),
    CONSTRAINT "fk_zone_associations_associations_association_id" FOREIGN KEY ("association_id") REFERENCES "associations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_zone_associations_zones_zone_id" FOREIGN KEY ("zone_id") REFERENCES "zones" ("id") ON DELETE CASCADE
);

CREATE TABLE "zone_tags" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_zone_tags" PRIMARY KEY AUTOINCREMENT,
    "zone_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "options_zh" TEXT NOT NULL,
    "options_en" TEXT NOT NULL,
    "required" INTEGER NOT NULL,
    CONSTRAINT "fk_zone_tags_zones_zone_id" FOREIGN KEY ("zone_id") REFERENCES "zones" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_associations_fair_id_code" ON "associations" ("fair_id", "code");

CREATE UNIQUE INDEX "ix_delegations_fair_id_code" ON "delegations" ("fair_id", "code");

CREATE INDEX "ix_delegations_parent_id" ON "delegations" ("parent_id");

CREATE UNIQUE INDEX "ix_fairs_code" ON "fairs" ("code");

CREATE UNIQUE INDEX "ix_institutions_fair_id_code" ON "institutions" ("fair_id", "code");

CREATE UNIQUE INDEX "ix_session_phases_session_id_number" ON "session_phases" ("session_id", "number");

CREATE UNIQUE INDEX "ix_sessions_fair_id_number" ON "sessions" ("fair_id", "number");

CREATE INDEX "ix_zone_associations_association_id" ON "zone_associations" ("association_id");

CREATE INDEX "ix_zone_tags_zone_id" ON "zone_tags" ("zone_id");

CREATE UNIQUE INDEX "ix_zones_session_id_code" ON "zones" ("session_id", "code");
