-- The sample service's own first migration, in the default location and schema (public), run by
-- Boot's Flyway: numbered V1 like every service's, beside the platform's own V1 in atelier_platform.
CREATE TABLE sample_order (
    id         uuid        PRIMARY KEY,
    placed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
