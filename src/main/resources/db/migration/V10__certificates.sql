-- A contest's certificate (获奖证书) wording. Columns left NULL take their default when a certificate is made:
-- issuer → the contest's owner unit, issue_date → the publication date.
CREATE TABLE certificate_template (
    contest_id  BIGINT        NOT NULL PRIMARY KEY,
    heading     VARCHAR(40)   NOT NULL,
    body        VARCHAR(600)  NOT NULL,
    issuer      VARCHAR(100)  NULL,
    issue_date  DATE          NULL,
    signatory   VARCHAR(100)  NULL,
    updated_by  BIGINT        NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_certificate_template_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_certificate_template_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
