-- One row: the state of the search index rebuild, shared by all nodes. Claiming it with a conditional
-- UPDATE makes sure only one rebuild runs at a time; progress is written here so every node can show it.
CREATE TABLE search_rebuild (
    id           INT          NOT NULL PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    started_at   DATETIME(6),
    finished_at  DATETIME(6),
    heartbeat_at DATETIME(6),
    total        BIGINT       NOT NULL,
    done         BIGINT       NOT NULL,
    message      VARCHAR(500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO search_rebuild (id, state, total, done) VALUES (1, 'IDLE', 0, 0);
