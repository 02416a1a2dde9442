-- The current state of each measurement set; every state it ever had is in measurement_version.
CREATE TABLE measurement (
    id          uuid PRIMARY KEY,
    customer_id uuid          NOT NULL REFERENCES customer (id),
    order_id    uuid,
    type        varchar(100)  NOT NULL,
    unit        varchar(2)    NOT NULL CHECK (unit IN ('CM', 'IN')),
    "values"    jsonb         NOT NULL,
    notes       varchar(2000),
    version     bigint        NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(255)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(255)  NOT NULL
);

CREATE INDEX measurement_customer_idx ON measurement (customer_id, created_at);
CREATE INDEX measurement_order_idx ON measurement (order_id) WHERE order_id IS NOT NULL;

-- Append-only: a tailor cuts to what was measured on a given day, so no version is ever overwritten.
CREATE TABLE measurement_version (
    measurement_id uuid          NOT NULL REFERENCES measurement (id),
    version        bigint        NOT NULL,
    order_id       uuid,
    type           varchar(100)  NOT NULL,
    unit           varchar(2)    NOT NULL CHECK (unit IN ('CM', 'IN')),
    "values"       jsonb         NOT NULL,
    notes          varchar(2000),
    recorded_at    timestamptz   NOT NULL,
    recorded_by    varchar(255)  NOT NULL,
    PRIMARY KEY (measurement_id, version)
);
