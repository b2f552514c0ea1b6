-- Packages and payments (PKG-1..10, FAIR-5): the per-session catalogue of tiers and add-ons, grants,
-- payment orders with their lines, refunds, invoices, and the lease rows of scheduled sweeps.

CREATE TABLE "package_tiers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_package_tiers" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "tier" TEXT NOT NULL,
    "price_fen" INTEGER NOT NULL,
    "products" INTEGER NOT NULL,
    "products_per_zone" INTEGER NOT NULL,
    "templates" INTEGER NOT NULL,
    "videos" INTEGER NOT NULL,
    "live_rooms" INTEGER NOT NULL,
    "accounts" INTEGER NOT NULL,
    "targeted_responses" INTEGER NULL,
    "public_responses" INTEGER NOT NULL,
    "chat" INTEGER NOT NULL,
    "meetings" INTEGER NOT NULL,
    "card_exchange" INTEGER NOT NULL,
    "lead_management" INTEGER NOT NULL,
    "smart_matching" INTEGER NOT NULL,
    "priority_display" INTEGER NOT NULL,
    "website_display" INTEGER NOT NULL,
    "virtual_booth" INTEGER NOT NULL,
    "forum_replay" INTEGER NOT NULL,
    "data_report" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_package_tiers_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "package_addons" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_package_addons" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "price_fen" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_package_addons_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE
);

CREATE TABLE "payment_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_payment_orders" PRIMARY KEY AUTOINCREMENT,
    "order_no" TEXT NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "fair_id" INTEGER NOT NULL,
    "gateway" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "refunded_fen" INTEGER NOT NULL,
    "gateway_trade_no" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "agreement_accepted_at" INTEGER NOT NULL,
    "paying_since" INTEGER NULL,
    "paid_at" INTEGER NULL,
    "closed_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_payment_orders_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE
);

CREATE TABLE "payment_order_lines" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_payment_order_lines" PRIMARY KEY AUTOINCREMENT,
    "order_id" INTEGER NOT NULL,
    "session_number" INTEGER NOT NULL,
    "tier" TEXT NULL,
    "add_on" TEXT NULL,
    "quantity" INTEGER NOT NULL,
    "list_price_fen" INTEGER NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "pro_rated" INTEGER NOT NULL,
    CONSTRAINT "fk_payment_order_lines_payment_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "payment_orders" ("id") ON DELETE CASCADE
);

CREATE TABLE "package_grants" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_package_grants" PRIMARY KEY AUTOINCREMENT,
    "enterprise_id" INTEGER NOT NULL,
    "fair_id" INTEGER NOT NULL,
    "session_number" INTEGER NOT NULL,
    "tier" TEXT NULL,
    "add_on" TEXT NULL,
    "quantity" INTEGER NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "paid_at" INTEGER NOT NULL,
    "order_line_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "revoked_at" INTEGER NULL,
    CONSTRAINT "fk_package_grants_enterprises_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_package_grants_fairs_fair_id" FOREIGN KEY ("fair_id") REFERENCES "fairs" ("id") ON DELETE RESTRICT
);

CREATE TABLE "payment_refunds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_payment_refunds" PRIMARY KEY AUTOINCREMENT,
    "order_id" INTEGER NOT NULL,
    "refund_no" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "gateway_refund_no" TEXT NULL,
    "failure_reason" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "completed_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_payment_refunds_payment_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "payment_orders" ("id") ON DELETE CASCADE
);

CREATE TABLE "invoices" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_invoices" PRIMARY KEY AUTOINCREMENT,
    "order_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "taxpayer_id" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "invoice_no" TEXT NOT NULL,
    "issued_at" INTEGER NOT NULL,
    "reverses_invoice_id" INTEGER NULL,
    "html" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    CONSTRAINT "fk_invoices_payment_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "payment_orders" ("id") ON DELETE RESTRICT
);

CREATE TABLE "job_leases" (
    "name" TEXT NOT NULL CONSTRAINT "pk_job_leases" PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "leased_until" INTEGER NOT NULL,
    "last_run_at" INTEGER NULL,
    "version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_package_tiers_session_id_tier" ON "package_tiers" ("session_id", "tier");
CREATE UNIQUE INDEX "ix_package_addons_session_id_kind" ON "package_addons" ("session_id", "kind");
CREATE INDEX "ix_payment_orders_enterprise_id_created_at" ON "payment_orders" ("enterprise_id", "created_at");
CREATE UNIQUE INDEX "ix_payment_orders_order_no" ON "payment_orders" ("order_no");
CREATE INDEX "ix_payment_orders_status_paying_since" ON "payment_orders" ("status", "paying_since");
CREATE INDEX "ix_payment_order_lines_order_id" ON "payment_order_lines" ("order_id");
CREATE INDEX "ix_package_grants_enterprise_id_fair_id_session_number" ON "package_grants" ("enterprise_id", "fair_id", "session_number");
CREATE INDEX "ix_package_grants_fair_id" ON "package_grants" ("fair_id");
CREATE UNIQUE INDEX "ix_package_grants_order_line_id" ON "package_grants" ("order_line_id");
CREATE UNIQUE INDEX "ux_package_grants_active_tier" ON "package_grants" ("enterprise_id", "fair_id", "session_number", "tier") WHERE "tier" IS NOT NULL AND "status" = 'Active';
CREATE UNIQUE INDEX "ix_payment_refunds_order_id_reason" ON "payment_refunds" ("order_id", "reason");
CREATE UNIQUE INDEX "ix_payment_refunds_refund_no" ON "payment_refunds" ("refund_no");
CREATE INDEX "ix_invoices_enterprise_id" ON "invoices" ("enterprise_id");
CREATE UNIQUE INDEX "ix_invoices_invoice_no" ON "invoices" ("invoice_no");
CREATE UNIQUE INDEX "ix_invoices_order_id_kind" ON "invoices" ("order_id", "kind");
