-- Unified search (BUY-1, X-2): exhibitors (displayable showcases with a public product) and booths (approved CIFTIS
-- booths) indexed with the same C# tokenizer as products, each in a document table plus a contentless FTS5 term
-- table whose rowid is the row's doc_key (static score, then id); and an index for the zone pages (newest first,
-- per-zone counts). The FTS5 tables are not part of the EF model (SchemaInspector skips *_fts*).

CREATE TABLE "search_exhibitors" (
    "enterprise_id" INTEGER NOT NULL CONSTRAINT "pk_search_exhibitors" PRIMARY KEY,
    "doc_key" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "main_products_zh" TEXT NOT NULL,
    "main_products_en" TEXT NOT NULL,
    "logo_media_id" INTEGER NULL
);

CREATE TABLE "search_booths" (
    "booth_id" INTEGER NOT NULL CONSTRAINT "pk_search_booths" PRIMARY KEY,
    "doc_key" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "offline_booth_number" TEXT NULL,
    "logo_media_id" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_search_exhibitors_doc_key" ON "search_exhibitors" ("doc_key");
CREATE UNIQUE INDEX "ix_search_booths_doc_key" ON "search_booths" ("doc_key");
CREATE UNIQUE INDEX "ix_search_booths_enterprise_id" ON "search_booths" ("enterprise_id");
CREATE INDEX "ix_search_products_session_id_zone_id_listed_ticks_product_id" ON "search_products" ("session_id", "zone_id", "listed_ticks", "product_id");

CREATE VIRTUAL TABLE "search_exhibitors_fts" USING fts5(terms, content='', contentless_delete=1, tokenize='ascii', prefix='2 3');
CREATE VIRTUAL TABLE "search_booths_fts" USING fts5(terms, content='', contentless_delete=1, tokenize='ascii', prefix='2 3');
