-- The sender claims due deliveries in turns across webhooks (each webhook's oldest due first), so it
-- looks them up per webhook; the index for one due list across all webhooks is no longer read.
CREATE INDEX webhook_delivery_due_per_webhook ON webhook_delivery (webhook_id, next_attempt_at, id)
    WHERE status = 'PENDING';
DROP INDEX webhook_delivery_due;
