-- BUY-2, BUY-3, ORD-4: favorites, one view aggregate per buyer and item, popularity counters per item (hot lists, search).
CREATE TABLE "favorites" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_favorites" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "item_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "zone_id" INTEGER NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "fk_favorites_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "item_views" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_item_views" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "item_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "views" INTEGER NOT NULL,
    "seconds" INTEGER NOT NULL,
    "first_at" INTEGER NOT NULL,
    "last_at" INTEGER NOT NULL,
    CONSTRAINT "fk_item_views_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "item_stats" (
    "kind" TEXT NOT NULL,
    "item_id" INTEGER NOT NULL,
    "session_id" INTEGER NOT NULL,
    "zone_id" INTEGER NULL,
    "enterprise_id" INTEGER NOT NULL,
    "views" INTEGER NOT NULL,
    "favorites" INTEGER NOT NULL,
    "seconds" INTEGER NOT NULL,
    "indexed_popularity" INTEGER NOT NULL,
    "search_due" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "pk_item_stats" PRIMARY KEY ("kind", "item_id")
);

CREATE INDEX "ix_favorites_enterprise_id_id" ON "favorites" ("enterprise_id", "id");

CREATE INDEX "ix_favorites_user_id_kind_id" ON "favorites" ("user_id", "kind", "id");

CREATE UNIQUE INDEX "ix_favorites_user_id_kind_item_id" ON "favorites" ("user_id", "kind", "item_id");

CREATE INDEX "ix_item_views_enterprise_id_user_id" ON "item_views" ("enterprise_id", "user_id");

CREATE UNIQUE INDEX "ix_item_views_user_id_kind_item_id" ON "item_views" ("user_id", "kind", "item_id");

CREATE INDEX "ix_item_stats_search_due_kind" ON "item_stats" ("search_due", "kind");

CREATE INDEX "ix_item_stats_session_id_kind_favorites" ON "item_stats" ("session_id", "kind", "favorites" DESC);

CREATE INDEX "ix_item_stats_session_id_kind_views" ON "item_stats" ("session_id", "kind", "views" DESC);

CREATE INDEX "ix_item_stats_session_id_kind_zone_id_favorites" ON "item_stats" ("session_id", "kind", "zone_id", "favorites" DESC);

CREATE INDEX "ix_item_stats_session_id_kind_zone_id_views" ON "item_stats" ("session_id", "kind", "zone_id", "views" DESC);
