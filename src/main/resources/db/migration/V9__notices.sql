-- In-app notices for students (review, recommendation, judging and award outcomes) and an optional e-mail
-- address per user, for the copies sent by mail when SMTP is configured.

ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

CREATE TABLE notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    entry_id    BIGINT        NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    link        VARCHAR(300)  NULL,
    read_at     TIMESTAMP(6)  NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_notice_user_unread ON notice (user_id, read_at, id);
CREATE INDEX idx_notice_user ON notice (user_id, id);
