-- Showcase (CAT-1/4/7/9, FAIR-7): enterprise showcase info and its review rounds, CIFTIS booths and their review
-- rounds, showcase template choices, and the per-session number of listed products each offline zone needs.

ALTER TABLE "sessions" ADD COLUMN "offline_minimum_listed" INTEGER NOT NULL DEFAULT 3;

CREATE TABLE "enterprise_showcases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_enterprise_showcases" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "intro_zh" TEXT NULL,
    "intro_en" TEXT NULL,
    "main_products_zh" TEXT NULL,
    "main_products_en" TEXT NULL,
    "logo_media_id" INTEGER NULL,
    "contact_name" TEXT NULL,
    "contact_phone" TEXT NULL,
    "contact_email" TEXT NULL,
    "address_zh" TEXT NULL,
    "address_en" TEXT NULL,
    "contains_map" INTEGER NULL,
    "map_approval_number" TEXT NULL,
    "map_document_media_id" INTEGER NULL,
    "website" TEXT NULL,
    "founded_year" INTEGER NULL,
    "employees" TEXT NULL,
    "fax" TEXT NULL,
    "postcode" TEXT NULL,
    "image_media_ids" TEXT NOT NULL,
    "video_media_ids" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "status_reason" TEXT NULL,
    "updated_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_enterprise_showcases_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

CREATE TABLE "showcase_review_rounds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_showcase_review_rounds" PRIMARY KEY AUTOINCREMENT,
    "showcase_id" INTEGER NOT NULL,
    "started_at" INTEGER NOT NULL,
    CONSTRAINT "fk_showcase_review_rounds_enterprise_showcases_showcase_id" FOREIGN KEY ("showcase_id") REFERENCES "enterprise_showcases" ("id") ON DELETE CASCADE
);

CREATE TABLE "booths" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_booths" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "logo_media_id" INTEGER NOT NULL,
    "website_url" TEXT NULL,
    "intro" TEXT NOT NULL,
    "main_business" TEXT NOT NULL,
    "banner_media_ids" TEXT NOT NULL,
    "video_media_ids" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "offline_booth_number" TEXT NULL,
    "hall3d_url" TEXT NULL,
    "categories" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "fax" TEXT NULL,
    "country" TEXT NOT NULL,
    "province" TEXT NULL,
    "city" TEXT NULL,
    "district" TEXT NULL,
    "address" TEXT NOT NULL,
    "postcode" TEXT NULL,
    "show_contact" INTEGER NOT NULL,
    "smart_service_enabled" INTEGER NOT NULL,
    "smart_service_url" TEXT NULL,
    "status" TEXT NOT NULL,
    "status_reason" TEXT NULL,
    "submitted_at" INTEGER NULL,
    "updated_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_booths_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

CREATE TABLE "booth_review_rounds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_booth_review_rounds" PRIMARY KEY AUTOINCREMENT,
    "booth_id" INTEGER NOT NULL,
    "started_at" INTEGER NOT NULL,
    CONSTRAINT "fk_booth_review_rounds_booths_booth_id" FOREIGN KEY ("booth_id") REFERENCES "booths" ("id") ON DELETE CASCADE
);

CREATE TABLE "template_choices" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_template_choices" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "template_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "banner_colour" TEXT NOT NULL,
    "is_published" INTEGER NOT NULL,
    "selected_at" INTEGER NOT NULL,
    "published_at" INTEGER NULL,
    CONSTRAINT "fk_template_choices_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_enterprise_showcases_enterprise_id" ON "enterprise_showcases" ("enterprise_id");

CREATE INDEX "ix_enterprise_showcases_status" ON "enterprise_showcases" ("status");

CREATE INDEX "ix_showcase_review_rounds_showcase_id" ON "showcase_review_rounds" ("showcase_id");

CREATE UNIQUE INDEX "ix_booths_enterprise_id" ON "booths" ("enterprise_id");

CREATE INDEX "ix_booths_institution_id_status" ON "booths" ("institution_id", "status");

CREATE INDEX "ix_booth_review_rounds_booth_id" ON "booth_review_rounds" ("booth_id");

CREATE UNIQUE INDEX "ix_template_choices_enterprise_id_template_code" ON "template_choices" ("enterprise_id", "template_code");
