-- One row per message to one customer on one channel: what an order event (or a lead's resend)
-- asked for, and what became of it. The delivery log of an order is its rows.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    order_id        uuid        NOT NULL,
    customer_id     uuid        NOT NULL,
    -- the CloudEvents id of the order event that asked for it; a resend has its own id here
    cause_id        text        NOT NULL,
    kind            text        NOT NULL,
    channel         text        NOT NULL,
    status          text        NOT NULL,
    -- to whom and what, once it is sent (read from customer-service at that moment)
    recipient       text,
    subject         text,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    -- why the last attempt failed, or why it was skipped
    reason          text,
    resend_of       uuid REFERENCES notification (id),
    requested_by    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    updated_at      timestamptz NOT NULL,
    -- never twice for the same event, customer and channel
    CONSTRAINT notification_once UNIQUE (cause_id, customer_id, kind, channel)
);

CREATE INDEX notification_of_order ON notification (order_id, created_at DESC, id);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
