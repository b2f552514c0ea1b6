-- Payments, second part (PKG-8, PKG-9): the cashier's QR content of the real gateways is kept on the order so
-- the cashier page can be opened again. Invoices, refunds and job leases already have their tables (0006).

ALTER TABLE payment_orders ADD COLUMN qr_content character varying(500) NULL;
