-- Catalog products, part 2 (CAT-3/4/5/8): own code, rich description, map declaration, images and videos (media
-- ids), zone parameter tag values, groups, visibility, salesperson, and the product an earlier session's one was
-- carried over from.

CREATE TABLE "product_groups" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_product_groups" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "fk_product_groups_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

ALTER TABLE "products" ADD COLUMN "own_code" TEXT NULL;
ALTER TABLE "products" ADD COLUMN "rich_description_zh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "products" ADD COLUMN "rich_description_en" TEXT NOT NULL DEFAULT '';
ALTER TABLE "products" ADD COLUMN "contains_map" INTEGER NULL;
ALTER TABLE "products" ADD COLUMN "map_approval_no" TEXT NULL;
ALTER TABLE "products" ADD COLUMN "map_document_id" INTEGER NULL;
ALTER TABLE "products" ADD COLUMN "image_ids" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "products" ADD COLUMN "video_ids" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "products" ADD COLUMN "group_id" INTEGER NULL CONSTRAINT "fk_products_product_groups_group_id" REFERENCES "product_groups" ("id") ON DELETE SET NULL;
ALTER TABLE "products" ADD COLUMN "is_hidden" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "products" ADD COLUMN "salesperson_id" INTEGER NULL CONSTRAINT "fk_products_users_salesperson_id" REFERENCES "users" ("id") ON DELETE SET NULL;
ALTER TABLE "products" ADD COLUMN "carried_from_id" INTEGER NULL;

CREATE TABLE "product_tag_values" (
    "product_id" INTEGER NOT NULL,
    "zone_tag_id" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "pk_product_tag_values" PRIMARY KEY ("product_id", "zone_tag_id"),
    CONSTRAINT "fk_product_tag_values_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_product_tag_values_zone_tags_zone_tag_id" FOREIGN KEY ("zone_tag_id") REFERENCES "zone_tags" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_product_groups_enterprise_id_name" ON "product_groups" ("enterprise_id", "name");

CREATE INDEX "ix_product_tag_values_zone_tag_id" ON "product_tag_values" ("zone_tag_id");

CREATE INDEX "ix_products_group_id" ON "products" ("group_id");

CREATE INDEX "ix_products_salesperson_id" ON "products" ("salesperson_id");

CREATE UNIQUE INDEX "ix_products_session_id_carried_from_id" ON "products" ("session_id", "carried_from_id");

-- The unique index above starts with session_id and replaces the plain one.
DROP INDEX "ix_products_session_id";
