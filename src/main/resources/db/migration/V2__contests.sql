-- Contests and their categories. The registration form is one JSON text column: always read and written whole.

CREATE TABLE contest (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                     VARCHAR(80)  NOT NULL,
    title                    VARCHAR(120) NOT NULL,
    theme                    VARCHAR(200) NULL,
    description              TEXT         NOT NULL,
    rules                    TEXT         NOT NULL,
    cover_blob_key           VARCHAR(512) NULL,
    owner_unit_id            BIGINT       NOT NULL,
    participant_unit_id      BIGINT       NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    zone                     VARCHAR(40)  NOT NULL,
    submission_opens_at      TIMESTAMP(6) NOT NULL,
    submission_closes_at     TIMESTAMP(6) NOT NULL,
    judging_starts_at        TIMESTAMP(6) NULL,
    publicity_starts_at      TIMESTAMP(6) NULL,
    publicity_ends_at        TIMESTAMP(6) NULL,
    publish_at               TIMESTAMP(6) NULL,
    max_entries_per_student  INT          NOT NULL,
    max_team_size            INT          NOT NULL,
    advisor_required         BOOLEAN      NOT NULL,
    originality_pledge       TEXT         NOT NULL,
    requires_recommendation  BOOLEAN      NOT NULL,
    form_fields              TEXT         NOT NULL,
    created_by               BIGINT       NOT NULL,
    created_at               TIMESTAMP(6) NOT NULL,
    updated_at               TIMESTAMP(6) NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uq_contest_slug UNIQUE (slug),
    CONSTRAINT fk_contest_owner_unit FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_contest_participant_unit FOREIGN KEY (participant_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_contest_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_contest_status ON contest (status, submission_opens_at);

CREATE TABLE contest_category (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id            BIGINT       NOT NULL,
    ordinal               INT          NOT NULL,
    name                  VARCHAR(60)  NOT NULL,
    kind                  VARCHAR(10)  NOT NULL,
    description           VARCHAR(500) NULL,
    max_bytes             BIGINT       NOT NULL,
    formats               VARCHAR(200) NOT NULL,
    max_duration_sec      INT          NULL,
    min_width             INT          NULL,
    min_height            INT          NULL,
    min_chars             INT          NULL,
    max_chars             INT          NULL,
    max_images            INT          NOT NULL,
    recommendation_quota  INT          NULL,
    CONSTRAINT fk_contest_category_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT uq_contest_category_name UNIQUE (contest_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
