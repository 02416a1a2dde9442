-- Atelier platform: the transactional outbox (dev.atelier.platform.outbox).
-- A service writes a row in the same transaction as its state change; the relay publishes
-- pending rows to Kafka in id order per subject (the Kafka key) and marks them published.
-- Every name is qualified with the platform's schema, so the script also runs by hand (psql)
-- once the schema exists; the platform's own Flyway creates it and keeps its history there.
CREATE TABLE atelier_platform.outbox_event (
    id              bigserial    PRIMARY KEY,
    event_id        uuid         NOT NULL UNIQUE,
    topic           text         NOT NULL,
    type            text         NOT NULL,
    source          text         NOT NULL,
    subject         text         NOT NULL,
    event_time      timestamptz  NOT NULL,
    data            jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT clock_timestamp(),
    published_at    timestamptz,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    -- NULL: publish as soon as possible; set after a failed publish (exponential back-off).
    next_attempt_at timestamptz
);

-- The relay's scans: pending rows in id order, and pending rows of one subject in id order.
CREATE INDEX outbox_event_pending ON atelier_platform.outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX outbox_event_pending_subject ON atelier_platform.outbox_event (subject, id) WHERE published_at IS NULL;
-- The clean-up of published rows older than the retention.
CREATE INDEX outbox_event_published ON atelier_platform.outbox_event (published_at) WHERE published_at IS NOT NULL;
