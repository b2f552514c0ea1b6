-- Catalog (CAT-2/3/6, PKG-2/7): products with their status machine, their review rounds, and the per-enterprise
-- listing guard row (ADR 0016).

CREATE TABLE "product_listing_guards" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_product_listing_guards" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "session_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_product_listing_guards_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_product_listing_guards_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "products" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_products" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "session_id" INTEGER NOT NULL,
    "zone_id" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_zh" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "brand" TEXT NULL,
    "origin" TEXT NULL,
    "model" TEXT NULL,
    "market_price_fen" INTEGER NULL,
    "wholesale_price_fen" INTEGER NULL,
    "minimum_order" TEXT NULL,
    "is_new" INTEGER NOT NULL,
    "new_marked_at" INTEGER NULL,
    "status" TEXT NOT NULL,
    "submitted_at" INTEGER NULL,
    "status_reason" TEXT NULL,
    "list_after_approval" INTEGER NOT NULL,
    "listed_at" INTEGER NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_products_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_products_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_products_zones_zone_id" FOREIGN KEY ("zone_id") REFERENCES "zones" ("id") ON DELETE RESTRICT
);

CREATE TABLE "product_review_rounds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_product_review_rounds" PRIMARY KEY AUTOINCREMENT,
    "product_id" INTEGER NOT NULL,
    "started_at" INTEGER NOT NULL,
    CONSTRAINT "fk_product_review_rounds_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_product_listing_guards_enterprise_id_session_id" ON "product_listing_guards" ("enterprise_id", "session_id");

CREATE INDEX "ix_product_listing_guards_session_id" ON "product_listing_guards" ("session_id");

CREATE INDEX "ix_product_review_rounds_product_id" ON "product_review_rounds" ("product_id");

CREATE INDEX "ix_products_enterprise_id_session_id_status" ON "products" ("enterprise_id", "session_id", "status");

CREATE INDEX "ix_products_session_id" ON "products" ("session_id");

CREATE INDEX "ix_products_zone_id_status" ON "products" ("zone_id", "status");
