-- db-scheduler's table: cluster-safe, persistent scheduled jobs (auto-close, SLA checks, ...).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(200) NOT NULL,
    task_instance        VARCHAR(200) NOT NULL,
    task_data            LONGBLOB,
    execution_time       DATETIME(6) NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(1000),
    last_success         DATETIME(6),
    last_failure         DATETIME(6),
    consecutive_failures INT,
    last_heartbeat       DATETIME(6),
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
