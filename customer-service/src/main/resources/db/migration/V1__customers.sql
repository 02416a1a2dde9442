-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customer (
    id                  uuid PRIMARY KEY,
    name                varchar(200)  NOT NULL,
    email               varchar(254),
    phone               varchar(16),
    address_street      varchar(200),
    address_city        varchar(100),
    address_postal_code varchar(20),
    address_country     varchar(2),
    notes               varchar(2000),
    archived            boolean       NOT NULL DEFAULT false,
    archived_at         timestamptz,
    archived_by         varchar(255),
    version             bigint        NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(255)  NOT NULL,
    updated_at          timestamptz   NOT NULL,
    updated_by          varchar(255)  NOT NULL
);

-- One active customer per e-mail address, whatever its case; archived customers free their address.
CREATE UNIQUE INDEX customer_active_email_key ON customer (lower(email)) WHERE NOT archived AND email IS NOT NULL;

-- ?q= is a case-insensitive substring search (ILIKE '%q%') on each of these; trigram GIN indexes serve it.
CREATE INDEX customer_name_trgm ON customer USING gin (name gin_trgm_ops);
CREATE INDEX customer_email_trgm ON customer USING gin (email gin_trgm_ops);
CREATE INDEX customer_phone_trgm ON customer USING gin (phone gin_trgm_ops);

-- The two sort orders of the list.
CREATE INDEX customer_created_at_idx ON customer (created_at, id);
CREATE INDEX customer_name_idx ON customer (name, id);
