-- One row per scheduled job run, written by the job host around every run (Bootstrap/Jobs) and read by operators
-- through GET /admin/v1/jobs/runs. A row with no outcome is a run still going, or one whose instance died mid-run.

CREATE TABLE job_runs (
    id BIGINT NOT NULL AUTO_INCREMENT,
    job_name VARCHAR(200) NOT NULL,
    instance_id VARCHAR(200) NOT NULL,
    started_at DATETIME(6) NOT NULL COMMENT 'UTC',
    finished_at DATETIME(6) NULL COMMENT 'UTC, NULL while running',
    outcome VARCHAR(16) NULL COMMENT 'SUCCEEDED or FAILED, NULL while running',
    items_processed INT NOT NULL DEFAULT 0,
    error_message VARCHAR(500) NULL,
    PRIMARY KEY (id),
    -- the retention cleanup deletes by start time
    INDEX ix_job_runs_started_at (started_at),
    -- "when did job X last run" without scanning other jobs' runs
    INDEX ix_job_runs_job_name_started_at (job_name, started_at),
    CONSTRAINT ck_job_runs_outcome CHECK (outcome IN ('SUCCEEDED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
