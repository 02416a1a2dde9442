-- A user name may be up to 255 characters (Keycloak's limit); varchar(100) refused longer ones with a 500
-- on every write (issue 16).
ALTER TABLE inventory_item ALTER COLUMN created_by TYPE varchar(255), ALTER COLUMN updated_by TYPE varchar(255);
ALTER TABLE stock_change ALTER COLUMN changed_by TYPE varchar(255);
