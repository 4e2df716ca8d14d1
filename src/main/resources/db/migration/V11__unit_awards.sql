-- 优秀组织奖: the units an organizer marks for the organizing award of a contest, with a note on why.
CREATE TABLE unit_award (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id  BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    note        VARCHAR(500)  NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_unit_award UNIQUE (contest_id, unit_id),
    CONSTRAINT fk_unit_award_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_unit_award_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_unit_award_user FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
