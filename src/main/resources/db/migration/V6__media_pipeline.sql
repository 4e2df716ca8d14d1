-- The media pipeline: derivatives point at their original, progress and facts of processing, and the
-- fingerprints behind near-duplicate detection across all contests.

ALTER TABLE asset ADD COLUMN source_id BIGINT NULL;
ALTER TABLE asset ADD COLUMN progress INT NULL;
ALTER TABLE asset ADD COLUMN characters INT NULL;
ALTER TABLE asset ADD COLUMN details VARCHAR(200) NULL;
CREATE INDEX idx_asset_source ON asset (source_id);

-- one per processed original that has a fingerprint; signature is hex (16 digits per 64-bit value)
CREATE TABLE work_fingerprint (
    asset_id    BIGINT        NOT NULL PRIMARY KEY,
    entry_id    BIGINT        NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    signature   VARCHAR(1024) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_work_fingerprint_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_work_fingerprint_kind ON work_fingerprint (kind);

-- locality-sensitive hashing bands of text signatures: texts sharing a band are candidates
CREATE TABLE work_fingerprint_band (
    asset_id    BIGINT       NOT NULL,
    band        INT          NOT NULL,
    band_hash   BIGINT       NOT NULL,
    PRIMARY KEY (asset_id, band),
    CONSTRAINT fk_work_fingerprint_band_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_work_fingerprint_band_hash ON work_fingerprint_band (band, band_hash);

-- a pair of similar works, stored once each way so either side finds it
CREATE TABLE similar_work (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    asset_id        BIGINT      NOT NULL,
    entry_id        BIGINT      NOT NULL,
    other_asset_id  BIGINT      NOT NULL,
    other_entry_id  BIGINT      NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    percent         INT         NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_similar_work UNIQUE (asset_id, other_asset_id),
    CONSTRAINT fk_similar_work_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE,
    CONSTRAINT fk_similar_work_other FOREIGN KEY (other_asset_id) REFERENCES asset (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_similar_work_entry ON similar_work (entry_id);
