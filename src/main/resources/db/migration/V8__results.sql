-- Results: award tiers, the awards allocated from the final ranking, the publicity period's objections, what the
-- public gallery may show, and the public vote.

-- a tier applies to every category of the contest (category_id NULL) or to one category; a category with tiers of
-- its own uses only those. basis SCORE allocates from the final ranking, VOTES (人气奖) from the public vote.
CREATE TABLE award_tier (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id   BIGINT        NOT NULL,
    category_id  BIGINT        NULL,
    ordinal      INT           NOT NULL,
    name         VARCHAR(30)   NOT NULL,
    basis        VARCHAR(10)   NOT NULL,
    quota_kind   VARCHAR(10)   NOT NULL,
    quota_value  DECIMAL(7,2)  NOT NULL,
    CONSTRAINT fk_award_tier_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_award_tier_category FOREIGN KEY (category_id) REFERENCES contest_category (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_award_tier_contest ON award_tier (contest_id, ordinal);

-- one row per awarded entry and basis; a revoked award stays (its certificate then verifies as revoked).
-- placing and final_score are the entry's place and score in its category's final ranking (or its votes).
CREATE TABLE award (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id          BIGINT        NOT NULL,
    entry_id            BIGINT        NOT NULL,
    category_id         BIGINT        NOT NULL,
    tier_id             BIGINT        NOT NULL,
    tier_name           VARCHAR(30)   NOT NULL,
    tier_ordinal        INT           NOT NULL,
    basis               VARCHAR(10)   NOT NULL,
    placing             INT           NOT NULL,
    final_score         DECIMAL(9,4)  NOT NULL,
    adjusted            BOOLEAN       NOT NULL,
    note                VARCHAR(500)  NULL,
    status              VARCHAR(10)   NOT NULL,
    certificate_serial  VARCHAR(24)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_award_entry UNIQUE (entry_id, basis),
    CONSTRAINT uq_award_serial UNIQUE (certificate_serial),
    CONSTRAINT fk_award_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_award_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_award_tier FOREIGN KEY (tier_id) REFERENCES award_tier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_award_contest ON award (contest_id, status);

-- what a contest's results show the public, and when its publicity period ran
CREATE TABLE contest_results (
    contest_id           BIGINT        NOT NULL PRIMARY KEY,
    show_authors         BOOLEAN       NOT NULL,
    show_unit            BOOLEAN       NOT NULL,
    show_advisor         BOOLEAN       NOT NULL,
    allocated_at         TIMESTAMP(6)  NULL,
    publicity_starts_at  TIMESTAMP(6)  NULL,
    publicity_ends_at    TIMESTAMP(6)  NULL,
    published_at         TIMESTAMP(6)  NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_contest_results_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 异议 filed during the publicity period; status OPEN → UPHELD | DISMISSED with the organizer's response
CREATE TABLE objection (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id    BIGINT         NOT NULL,
    entry_id      BIGINT         NOT NULL,
    by_user_id    BIGINT         NOT NULL,
    body          VARCHAR(2000)  NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    response      VARCHAR(2000)  NULL,
    responded_by  BIGINT         NULL,
    responded_at  TIMESTAMP(6)   NULL,
    created_at    TIMESTAMP(6)   NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT fk_objection_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_objection_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_objection_user FOREIGN KEY (by_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_objection_contest ON objection (contest_id, status);

-- the public vote of a contest: daily_votes per user per day (at most one per work per day, days in the contest's
-- zone); score_share in percent of the final score (0: a separate popularity ranking only)
CREATE TABLE vote_setting (
    contest_id   BIGINT        NOT NULL PRIMARY KEY,
    enabled      BOOLEAN       NOT NULL,
    opens_at     TIMESTAMP(6)  NOT NULL,
    closes_at    TIMESTAMP(6)  NOT NULL,
    daily_votes  INT           NOT NULL,
    hide_counts  BOOLEAN       NOT NULL,
    score_share  DECIMAL(5,2)  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_vote_setting_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- every vote with where it came from (the log the anomaly report reads)
CREATE TABLE vote (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id  BIGINT        NOT NULL,
    entry_id    BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    vote_day    DATE          NOT NULL,
    ip          VARCHAR(45)   NOT NULL,
    user_agent  VARCHAR(300)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_vote_daily UNIQUE (entry_id, user_id, vote_day),
    CONSTRAINT fk_vote_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_vote_entry FOREIGN KEY (entry_id) REFERENCES entry (id),
    CONSTRAINT fk_vote_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_vote_user_day ON vote (user_id, contest_id, vote_day);
CREATE INDEX idx_vote_contest_time ON vote (contest_id, created_at);
