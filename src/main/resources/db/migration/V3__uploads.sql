-- tus uploads: progress, the store's multipart state and the lease of the one request allowed to write.
-- Written in the SQL subset that both MySQL 8 and H2 (MODE=MySQL) accept.

CREATE TABLE upload (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_id        BIGINT        NOT NULL,
    purpose        VARCHAR(40)   NOT NULL,
    subject_ref    VARCHAR(100)  NOT NULL,
    blob_key       VARCHAR(512)  NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    declared_type  VARCHAR(255)  NULL,
    metadata       TEXT          NULL,
    allowed_types  VARCHAR(500)  NOT NULL,
    upload_length  BIGINT        NOT NULL,
    received_bytes BIGINT        NOT NULL,
    tail_bytes     INT           NOT NULL,
    multipart_id   VARCHAR(1024) NULL,
    detected_type  VARCHAR(20)   NULL,
    sha256         CHAR(64)      NULL,
    status         VARCHAR(16)   NOT NULL,
    failure_reason VARCHAR(1000) NULL,
    lease_token    VARCHAR(64)   NULL,
    lease_until    TIMESTAMP(6)  NULL,
    expires_at     TIMESTAMP(6)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    completed_at   TIMESTAMP(6)  NULL,
    CONSTRAINT fk_upload_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    -- a planned key belongs to one upload only: discarding an abandoned upload may delete what is under it
    CONSTRAINT uq_upload_blob_key UNIQUE (blob_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_upload_user ON upload (user_id);
CREATE INDEX idx_upload_status_expires ON upload (status, expires_at);

-- The parts stored so far, 1..n in file order; every part but the last has at least 5 MiB (S3's rule).
CREATE TABLE upload_part (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    upload_id   VARCHAR(64)  NOT NULL,
    part_number INT          NOT NULL,
    etag        VARCHAR(200) NOT NULL,
    part_size   BIGINT       NOT NULL,
    CONSTRAINT uq_upload_part_number UNIQUE (upload_id, part_number),
    CONSTRAINT fk_upload_part_upload FOREIGN KEY (upload_id) REFERENCES upload (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
