-- BUY-3: buyer interests (industry + interest tags) and the indexes recommendations read through.
CREATE TABLE "buyer_interests" (
    "user_id" INTEGER NOT NULL CONSTRAINT "pk_buyer_interests" PRIMARY KEY,
    "industry" TEXT NULL,
    "tags" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "fk_buyer_interests_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_ciftis_registrations_industry" ON "ciftis_registrations" ("industry");
-- The new index starts with zone_tag_id, so it serves the foreign key too and replaces the single-column one.
DROP INDEX "ix_product_tag_values_zone_tag_id";
CREATE INDEX "ix_product_tag_values_zone_tag_id_value_product_id" ON "product_tag_values" ("zone_tag_id", "value", "product_id");
CREATE INDEX "ix_products_session_id_category_status_id" ON "products" ("session_id", "category", "status", "id");

-- ORD-5: who created an intent order (buyer or exhibitor) and the e-contract intent signature.
ALTER TABLE "intent_orders" ADD COLUMN "created_by" TEXT NOT NULL DEFAULT 'Buyer';
ALTER TABLE "intent_orders" ADD COLUMN "contract_digest" TEXT NULL;
ALTER TABLE "intent_orders" ADD COLUMN "signed_at" INTEGER NULL;
ALTER TABLE "intent_orders" ADD COLUMN "signed_by_user_id" INTEGER NULL;
ALTER TABLE "intent_orders" ADD COLUMN "signed_by_name" TEXT NULL;
