-- What the customer agreed to hear from the shop, and in which language (notification-service reads
-- both when it writes to them). Opt-in: nobody is e-mailed until a designer records their consent.
ALTER TABLE customer ADD COLUMN language text;
ALTER TABLE customer ADD COLUMN email_notifications boolean NOT NULL DEFAULT false;
