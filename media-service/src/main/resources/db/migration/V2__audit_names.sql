-- A user name may be up to 255 characters (Keycloak's limit); varchar(100) refused longer ones with a 500
-- on every write (issue 16).
ALTER TABLE style_image ALTER COLUMN uploaded_by TYPE varchar(255), ALTER COLUMN deleted_by TYPE varchar(255);
