-- What the test handlers write: one row per applied event, to count effects.
CREATE TABLE test_effect (
    order_id   uuid        NOT NULL,
    event_id   uuid        NOT NULL,
    written_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
