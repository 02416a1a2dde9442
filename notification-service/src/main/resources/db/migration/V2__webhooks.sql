-- Shop systems' subscriptions: the event types they want, POSTed to their URL, signed with their secret.
CREATE TABLE webhook (
    id          uuid PRIMARY KEY,
    url         text        NOT NULL,
    event_types text[]      NOT NULL,
    description text,
    -- the HMAC key; shown to the lead once, when the webhook is made, and never again
    secret      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);

-- One event to one webhook and what became of it; the body is kept so retries send the same bytes.
CREATE TABLE webhook_delivery (
    id              uuid PRIMARY KEY,
    webhook_id      uuid        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id        text        NOT NULL,
    event_type      text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    response_status integer,
    reason          text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, event_id)
);

CREATE INDEX webhook_delivery_of_webhook ON webhook_delivery (webhook_id, created_at DESC, id);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
