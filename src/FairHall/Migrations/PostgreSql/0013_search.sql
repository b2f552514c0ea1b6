-- Search (BUY-1, X-2): one row per public product with what filters, sorts and result cards need, and the
-- tokenizer's terms as a tsvector (written in tsvector input syntax: the C# tokenizer's terms are the lexemes,
-- no text-search parser involved) with a GIN index, keyed by the row's doc_key (the index order: static
-- score, then newest). The term table is not part of the EF model (SchemaInspector skips *_fts tables).

CREATE TABLE search_products (
    product_id bigint NOT NULL,
    doc_key bigint NOT NULL,
    session_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    enterprise_id bigint NOT NULL,
    name_zh character varying(200) NOT NULL,
    name_en character varying(300) NOT NULL,
    enterprise_name_zh character varying(200) NOT NULL,
    enterprise_name_en character varying(300) NOT NULL,
    category character varying(100) NOT NULL,
    origin character varying(100),
    brand character varying(100),
    price_fen bigint,
    has_price boolean NOT NULL,
    new_until_ticks bigint NOT NULL,
    listed_ticks bigint NOT NULL,
    popularity bigint NOT NULL,
    CONSTRAINT pk_search_products PRIMARY KEY (product_id)
);

CREATE UNIQUE INDEX ix_search_products_doc_key ON search_products (doc_key);
CREATE INDEX ix_search_products_enterprise_id ON search_products (enterprise_id);
CREATE INDEX ix_search_products_session_id_doc_key ON search_products (session_id, doc_key);
CREATE INDEX ix_search_products_session_id_listed_ticks_product_id ON search_products (session_id, listed_ticks, product_id);

CREATE TABLE search_products_fts (
    doc_key bigint NOT NULL PRIMARY KEY,
    terms tsvector NOT NULL
);

CREATE INDEX ix_search_products_fts_terms ON search_products_fts USING gin (terms);
