-- Only whether a customer was heard archived is ever read; the version and time of the last change
-- heard were kept for nothing.
ALTER TABLE known_customer DROP COLUMN version, DROP COLUMN changed_at;
