-- Accounts, organisation tree, login throttling and the audit trail.
-- Written in the SQL subset that both MySQL 8 and H2 (MODE=MySQL) accept.

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT       NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    code        VARCHAR(50)  NULL,
    path        VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT uq_org_unit_sibling_name UNIQUE (parent_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_org_unit_path ON org_unit (path);

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    unit_id              BIGINT       NULL,
    roles                VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    active               BOOLEAN      NOT NULL,
    session_epoch        INT          NOT NULL,
    last_login_at        TIMESTAMP(6) NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_app_user_unit ON app_user (unit_id);

-- One row per throttled key ("account:<username>" or "ip:<address>").
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(200) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at TIMESTAMP(6) NOT NULL,
    locked_until      TIMESTAMP(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor_id     BIGINT       NULL,
    action       VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(64)  NULL,
    detail       TEXT         NULL,
    ip           VARCHAR(64)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_audit_event_subject ON audit_event (subject_type, subject_id);
