-- CSV imports started from the console: the uploaded file is kept between its preview and the
-- administrator's confirmation, then applied in the background while the page polls the progress.
-- state: PREVIEWED (nothing written yet), RUNNING, DONE, FAILED (nothing written).
-- A run writes heartbeat_at as it goes: a RUNNING import without a recent heartbeat was interrupted
-- (its node stopped) and is shown, then recorded, as failed. The file (content) is dropped once the
-- import is older than keel.cmdb.import-retention; a preview never confirmed is deleted then.
CREATE TABLE cmdb_import (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    content     LONGBLOB,
    kind        VARCHAR(20)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    total_rows  INT          NOT NULL,
    done_rows   INT          NOT NULL DEFAULT 0,
    created     INT          NOT NULL DEFAULT 0,
    updated     INT          NOT NULL DEFAULT 0,
    unchanged   INT          NOT NULL DEFAULT 0,
    failed_rows INT          NOT NULL DEFAULT 0,
    message     VARCHAR(500),
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    started_at  DATETIME(6),
    finished_at DATETIME(6),
    heartbeat_at DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_import_creator_ix ON cmdb_import (created_by, id);
CREATE INDEX cmdb_import_state_ix ON cmdb_import (state, created_at);

-- The failing rows of the last preview or run of an import (row 1 is the header).
CREATE TABLE cmdb_import_problem (
    import_id   BIGINT        NOT NULL REFERENCES cmdb_import (id),
    row_no      INT           NOT NULL,
    field       VARCHAR(200)  NOT NULL,
    message_key VARCHAR(200)  NOT NULL,
    arguments   VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_import_problem_ix ON cmdb_import_problem (import_id, row_no);
