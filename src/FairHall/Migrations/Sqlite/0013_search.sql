-- Search (BUY-1, X-2): one row per public product with what filters, sorts and result cards need, and the
-- tokenizer's terms in a contentless FTS5 table whose rowid is the row's doc_key (the index order: static
-- score, then newest). The ascii tokenizer only splits on ASCII separators, so every term the C# tokenizer
-- wrote (CJK bigrams and characters, lower-case words) stays one FTS5 token. contentless_delete lets the
-- indexer delete a row by rowid. The FTS5 table is not part of the EF model (SchemaInspector skips *_fts*).

CREATE TABLE "search_products" (
    "product_id" INTEGER NOT NULL CONSTRAINT "pk_search_products" PRIMARY KEY,
    "doc_key" INTEGER NOT NULL,
    "session_id" INTEGER NOT NULL,
    "zone_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "enterprise_name_zh" TEXT NOT NULL,
    "enterprise_name_en" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "origin" TEXT NULL,
    "brand" TEXT NULL,
    "price_fen" INTEGER NULL,
    "has_price" INTEGER NOT NULL,
    "new_until_ticks" INTEGER NOT NULL,
    "listed_ticks" INTEGER NOT NULL,
    "popularity" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_search_products_doc_key" ON "search_products" ("doc_key");
CREATE INDEX "ix_search_products_enterprise_id" ON "search_products" ("enterprise_id");
CREATE INDEX "ix_search_products_session_id_doc_key" ON "search_products" ("session_id", "doc_key");
CREATE INDEX "ix_search_products_session_id_listed_ticks_product_id" ON "search_products" ("session_id", "listed_ticks", "product_id");

CREATE VIRTUAL TABLE "search_products_fts" USING fts5(terms, content='', contentless_delete=1, tokenize='ascii', prefix='2 3');
