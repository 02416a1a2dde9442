-- The W3C trace context of the transaction that appended the event: the relay sends it as record
-- headers, so the consumer's span continues the producer's trace.
ALTER TABLE atelier_platform.outbox_event
    ADD COLUMN traceparent varchar(64),
    ADD COLUMN tracestate  varchar(512);
