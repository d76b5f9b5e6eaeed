-- One row: the state of the search index rebuild, shared by all nodes. Claiming it with a conditional
-- UPDATE makes sure only one rebuild runs at a time; progress is written here so every node can show it.
CREATE TABLE search_rebuild (
    id           INT          NOT NULL PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    heartbeat_at TIMESTAMP WITH TIME ZONE,
    total        BIGINT       NOT NULL,
    done         BIGINT       NOT NULL,
    message      VARCHAR(500)
);

INSERT INTO search_rebuild (id, state, total, done) VALUES (1, 'IDLE', 0, 0);
