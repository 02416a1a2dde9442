-- A style image's metadata; its bytes are in the object store under object_key (and the
-- thumbnail's under thumbnail_key, absent for types this service cannot decode). A deleted image
-- keeps its row and objects until the purge removes both after the retention.
CREATE TABLE style_image (
    id             uuid PRIMARY KEY,
    order_id       uuid          NOT NULL,
    customer_id    uuid          NOT NULL,
    object_key     varchar(200)  NOT NULL UNIQUE,
    thumbnail_key  varchar(200)  UNIQUE,
    content_type   varchar(50)   NOT NULL,
    size_bytes     bigint        NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)      NOT NULL,
    width          integer       CHECK (width > 0),
    height         integer       CHECK (height > 0),
    file_name      varchar(255),
    description    varchar(2000),
    uploaded_at    timestamptz   NOT NULL,
    uploaded_by    varchar(100)  NOT NULL,
    deleted_at     timestamptz,
    deleted_by     varchar(100),
    version        bigint        NOT NULL
);

CREATE INDEX style_image_order_idx ON style_image (order_id, uploaded_at) WHERE deleted_at IS NULL;
CREATE INDEX style_image_customer_idx ON style_image (customer_id, uploaded_at) WHERE deleted_at IS NULL;
CREATE INDEX style_image_uploaded_at_idx ON style_image (uploaded_at) WHERE deleted_at IS NULL;
CREATE INDEX style_image_deleted_at_idx ON style_image (deleted_at) WHERE deleted_at IS NOT NULL;
