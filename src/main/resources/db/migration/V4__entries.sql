-- Entries (works), their team members, media assets, unit recommendations and the entry code counters.

CREATE TABLE entry (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id          BIGINT        NOT NULL,
    category_id         BIGINT        NOT NULL,
    code                VARCHAR(20)   NULL,
    title               VARCHAR(100)  NOT NULL,
    summary             TEXT          NOT NULL,
    submitter_id        BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    advisor_name        VARCHAR(50)   NULL,
    advisor_unit        VARCHAR(100)  NULL,
    form_data           TEXT          NOT NULL,
    pledge_accepted     BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    reject_reason       VARCHAR(500)  NULL,
    submitted_at        TIMESTAMP(6)  NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_entry_code UNIQUE (code),
    CONSTRAINT fk_entry_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_entry_category FOREIGN KEY (category_id) REFERENCES contest_category (id),
    CONSTRAINT fk_entry_submitter FOREIGN KEY (submitter_id) REFERENCES app_user (id),
    CONSTRAINT fk_entry_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_entry_contest_status ON entry (contest_id, status);
CREATE INDEX idx_entry_submitter ON entry (submitter_id);

CREATE TABLE entry_member (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT        NOT NULL,
    ordinal     INT           NOT NULL,
    user_id     BIGINT        NULL,
    name        VARCHAR(50)   NOT NULL,
    unit_name   VARCHAR(100)  NULL,
    CONSTRAINT fk_entry_member_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_entry_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_entry_member_user ON entry_member (user_id);

-- "2026-V" → the last number handed out, so entry codes are unique across contests.
CREATE TABLE entry_code_counter (
    prefix      VARCHAR(10)   NOT NULL PRIMARY KEY,
    last_value  INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE asset (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id      BIGINT        NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    ordinal       INT           NOT NULL,
    storage_key   VARCHAR(512)  NOT NULL,
    file_name     VARCHAR(255)  NULL,
    content_type  VARCHAR(100)  NOT NULL,
    bytes         BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NULL,
    width         INT           NULL,
    height        INT           NULL,
    duration_ms   BIGINT        NULL,
    status        VARCHAR(20)   NOT NULL,
    error         VARCHAR(500)  NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_asset_entry FOREIGN KEY (entry_id) REFERENCES entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_asset_entry ON asset (entry_id, role, ordinal);

CREATE TABLE recommendation (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    by_user_id  BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_recommendation_entry UNIQUE (entry_id),
    CONSTRAINT fk_recommendation_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_recommendation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_recommendation_user FOREIGN KEY (by_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_recommendation_unit ON recommendation (unit_id);
