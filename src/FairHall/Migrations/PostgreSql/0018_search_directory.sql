-- Unified search (BUY-1, X-2): exhibitors (displayable showcases with a public product) and booths (approved CIFTIS
-- booths) indexed with the same C# tokenizer as products, each in a document table plus a tsvector term table
-- (GIN) keyed by the row's doc_key (static score, then id); and an index for the zone pages (newest first,
-- per-zone counts). The term tables are not part of the EF model (SchemaInspector skips *_fts tables).

CREATE TABLE search_exhibitors (
    enterprise_id bigint NOT NULL,
    doc_key bigint NOT NULL,
    name_zh character varying(200) NOT NULL,
    name_en character varying(300) NOT NULL,
    main_products_zh character varying(200) NOT NULL,
    main_products_en character varying(300) NOT NULL,
    logo_media_id bigint,
    CONSTRAINT pk_search_exhibitors PRIMARY KEY (enterprise_id)
);

CREATE TABLE search_booths (
    booth_id bigint NOT NULL,
    doc_key bigint NOT NULL,
    enterprise_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    intro character varying(200) NOT NULL,
    region character varying(200) NOT NULL,
    tags character varying(300) NOT NULL,
    offline_booth_number character varying(20),
    logo_media_id bigint NOT NULL,
    CONSTRAINT pk_search_booths PRIMARY KEY (booth_id)
);

CREATE UNIQUE INDEX ix_search_exhibitors_doc_key ON search_exhibitors (doc_key);
CREATE UNIQUE INDEX ix_search_booths_doc_key ON search_booths (doc_key);
CREATE UNIQUE INDEX ix_search_booths_enterprise_id ON search_booths (enterprise_id);
CREATE INDEX ix_search_products_session_id_zone_id_listed_ticks_product_id ON search_products (session_id, zone_id, listed_ticks, product_id);

CREATE TABLE search_exhibitors_fts (
    doc_key bigint NOT NULL PRIMARY KEY,
    terms tsvector NOT NULL
);

CREATE INDEX ix_search_exhibitors_fts_terms ON search_exhibitors_fts USING gin (terms);

CREATE TABLE search_booths_fts (
    doc_key bigint NOT NULL PRIMARY KEY,
    terms tsvector NOT NULL
);

CREATE INDEX ix_search_booths_fts_terms ON search_booths_fts USING gin (terms);
