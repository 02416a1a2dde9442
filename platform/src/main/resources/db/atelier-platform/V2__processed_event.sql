-- Atelier platform: the idempotent consumer (dev.atelier.platform.consumer).
-- One row per event a consumer (its Kafka group id) applied, written in the same transaction
-- as the event's effect: a redelivered event finds its row and changes nothing.
CREATE TABLE atelier_platform.processed_event (
    consumer     text         NOT NULL,
    event_id     uuid         NOT NULL,
    event_type   text         NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, event_id)
);

-- The clean-up of rows older than atelier.consumer.processed-retention.
CREATE INDEX processed_event_processed_at ON atelier_platform.processed_event (processed_at);
