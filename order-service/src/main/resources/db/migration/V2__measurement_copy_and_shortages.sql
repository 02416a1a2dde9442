-- The linked measurement set as it was when linked (JSON, so later re-measures do not touch it),
-- what refunds took back, and the shortages inventory reported with a SHORT answer.
ALTER TABLE customer_order
    ADD COLUMN measurement_snapshot jsonb,
    ADD COLUMN amount_refunded      numeric(16, 4) NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
    ADD COLUMN stock_shortages      jsonb          NOT NULL DEFAULT '[]';
