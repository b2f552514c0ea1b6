-- Similar products on the product page (BUY-1): the most popular of the same zone and category. Without this index
-- the engine walks the session's popularity index and filters, which at 3 million products reads a large part of
-- the table for a rare category (found by the Canton-scale bench, issue 8).
CREATE INDEX "ix_search_products_session_id_zone_id_category_doc_key" ON "search_products" ("session_id", "zone_id", "category", "doc_key");
