-- Public vote limits kept in the database, so every web node counts the same votes.

-- votes a user has cast in a contest on one day (in the contest's zone); its row lock serialises a user's
-- concurrent votes, so the daily limit holds across nodes. Voided votes are not given back.
CREATE TABLE vote_quota (
    contest_id  BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    vote_day    DATE    NOT NULL,
    used        INT     NOT NULL,
    PRIMARY KEY (contest_id, user_id, vote_day),
    CONSTRAINT fk_vote_quota_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_vote_quota_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- vote attempts per key (a user or a client address) in the current one-minute window; one row per key, reset
-- when a new window starts, so the table never grows beyond the keys that voted
CREATE TABLE vote_throttle (
    throttle_key  VARCHAR(80)   NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP(6)  NOT NULL,
    hits          INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
