-- Judging: rounds with their rubric and categories, judge pools, declared conflicts, the entries a round takes,
-- assignments with their scores, judges' flags, and the ranking a locked round keeps.

CREATE TABLE judging_round (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id        BIGINT        NOT NULL,
    ordinal           INT           NOT NULL,
    name              VARCHAR(50)   NOT NULL,
    judges_per_entry  INT           NOT NULL,
    blind             BOOLEAN       NOT NULL,
    opens_at          TIMESTAMP(6)  NOT NULL,
    closes_at         TIMESTAMP(6)  NOT NULL,
    aggregation       VARCHAR(20)   NOT NULL,
    advance_kind      VARCHAR(20)   NOT NULL,
    advance_value     DECIMAL(10,2) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_judging_round_ordinal UNIQUE (contest_id, ordinal),
    CONSTRAINT fk_judging_round_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE round_category (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT  NOT NULL,
    category_id  BIGINT  NOT NULL,
    CONSTRAINT uq_round_category UNIQUE (round_id, category_id),
    CONSTRAINT fk_round_category_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_category_category FOREIGN KEY (category_id) REFERENCES contest_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- weight in percent (the weights of a round sum to 100)
CREATE TABLE round_criterion (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    ordinal      INT           NOT NULL,
    name         VARCHAR(50)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    max_score    DECIMAL(6,1)  NOT NULL,
    weight       DECIMAL(5,2)  NOT NULL,
    CONSTRAINT fk_round_criterion_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_round_criterion_round ON round_criterion (round_id, ordinal);

-- one row per judge and category the judge scores in the round
CREATE TABLE round_judge (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT  NOT NULL,
    user_id      BIGINT  NOT NULL,
    category_id  BIGINT  NOT NULL,
    CONSTRAINT uq_round_judge UNIQUE (round_id, user_id, category_id),
    CONSTRAINT fk_round_judge_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_judge_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_round_judge_category FOREIGN KEY (category_id) REFERENCES contest_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE judge_conflict (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    judge_id    BIGINT        NOT NULL,
    entry_id    BIGINT        NOT NULL,
    reason      VARCHAR(200)  NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_judge_conflict UNIQUE (round_id, judge_id, entry_id),
    CONSTRAINT fk_judge_conflict_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_judge_conflict_judge FOREIGN KEY (judge_id) REFERENCES app_user (id),
    CONSTRAINT fk_judge_conflict_entry FOREIGN KEY (entry_id) REFERENCES entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    entry_id       BIGINT        NOT NULL,
    judge_id       BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    calibration    BOOLEAN       NOT NULL,
    comment        TEXT          NULL,
    total          DECIMAL(7,2)  NULL,
    recuse_reason  VARCHAR(200)  NULL,
    submitted_at   TIMESTAMP(6)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_assignment UNIQUE (round_id, entry_id, judge_id),
    CONSTRAINT fk_assignment_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_assignment_judge FOREIGN KEY (judge_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_assignment_judge ON assignment (judge_id, round_id);

CREATE TABLE score (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id  BIGINT        NOT NULL,
    criterion_id   BIGINT        NOT NULL,
    score_value    DECIMAL(6,1)  NOT NULL,
    CONSTRAINT uq_score UNIQUE (assignment_id, criterion_id),
    CONSTRAINT fk_score_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES round_criterion (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE judge_flag (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    assignment_id  BIGINT        NOT NULL,
    entry_id       BIGINT        NOT NULL,
    judge_id       BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    note           VARCHAR(500)  NOT NULL,
    resolution     VARCHAR(500)  NULL,
    resolved_by    BIGINT        NULL,
    resolved_at    TIMESTAMP(6)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_judge_flag_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_judge_flag_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_judge_flag_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_judge_flag_judge FOREIGN KEY (judge_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_judge_flag_round ON judge_flag (round_id);

-- the ranking a round's lock computed with its method, within each category; placing is the competition rank
-- (1, 2, 2, 4), tie_break the mean score on the highest-weighted criterion that ordered equal scores
CREATE TABLE round_result (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    entry_id     BIGINT        NOT NULL,
    category_id  BIGINT        NOT NULL,
    placing      INT           NOT NULL,
    tied         BOOLEAN       NOT NULL,
    score        DECIMAL(9,4)  NOT NULL,
    tie_break    DECIMAL(9,4)  NOT NULL,
    judge_count  INT           NOT NULL,
    outcome      VARCHAR(20)   NULL,
    CONSTRAINT uq_round_result UNIQUE (round_id, entry_id),
    CONSTRAINT fk_round_result_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_result_entry FOREIGN KEY (entry_id) REFERENCES entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
