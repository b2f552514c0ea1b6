-- ORD-1/2/3: intent orders (意向单) and their status timeline / operation log (intent_events).
CREATE TABLE "intent_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_intent_orders" PRIMARY KEY AUTOINCREMENT,
    "number" TEXT NOT NULL,
    "session_id" INTEGER NOT NULL,
    "product_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "zone_id" INTEGER NOT NULL,
    "product_name_zh" TEXT NOT NULL,
    "product_name_en" TEXT NOT NULL,
    "product_code" TEXT NULL,
    "unit_price_fen" INTEGER NULL,
    "buyer_user_id" INTEGER NOT NULL,
    "buyer_name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "budget_fen" INTEGER NULL,
    "note" TEXT NOT NULL,
    "confirmed_amount_fen" INTEGER NULL,
    "exhibitor_note" TEXT NULL,
    "status" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_intent_orders_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_intent_orders_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_intent_orders_users_buyer_user_id" FOREIGN KEY ("buyer_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "intent_events" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_intent_events" PRIMARY KEY AUTOINCREMENT,
    "order_id" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" TEXT NULL,
    "to_status" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "actor_user_id" INTEGER NOT NULL,
    "actor_name" TEXT NOT NULL,
    "amount_fen" INTEGER NULL,
    "note" TEXT NULL,
    "at" INTEGER NOT NULL,
    CONSTRAINT "fk_intent_events_intent_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "intent_orders" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_intent_events_order_id_id" ON "intent_events" ("order_id", "id");

CREATE INDEX "ix_intent_orders_buyer_user_id_id" ON "intent_orders" ("buyer_user_id", "id");

CREATE INDEX "ix_intent_orders_enterprise_id_id" ON "intent_orders" ("enterprise_id", "id");

CREATE INDEX "ix_intent_orders_enterprise_id_zone_id_id" ON "intent_orders" ("enterprise_id", "zone_id", "id");

CREATE UNIQUE INDEX "ix_intent_orders_number" ON "intent_orders" ("number");

CREATE INDEX "ix_intent_orders_product_id" ON "intent_orders" ("product_id");
