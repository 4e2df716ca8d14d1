-- db-scheduler's table (its MySQL schema, with the indexes as separate statements so H2 accepts them too).

CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100) NOT NULL,
    task_instance         VARCHAR(100) NOT NULL,
    task_data             BLOB         NULL,
    execution_time        TIMESTAMP(6) NOT NULL,
    picked                BOOLEAN      NOT NULL,
    picked_by             VARCHAR(50)  NULL,
    last_success          TIMESTAMP(6) NULL,
    last_failure          TIMESTAMP(6) NULL,
    consecutive_failures  INT          NULL,
    last_heartbeat        TIMESTAMP(6) NULL,
    version               BIGINT       NOT NULL,
    priority              SMALLINT     NULL,
    PRIMARY KEY (task_name, task_instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX idx_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX idx_scheduled_tasks_priority_time ON scheduled_tasks (priority, execution_time);
