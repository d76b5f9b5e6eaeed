-- The append-only, hash-chained audit log. The application only ever inserts into audit_entry;
-- audit_chain_head holds the last sequence number and hash and is row-locked by every append so that
-- concurrent writers (on any node) extend the chain one after the other.
CREATE TABLE audit_entry (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    subject        VARCHAR(200),
    details        VARCHAR(4000) NOT NULL,
    remote_address VARCHAR(64),
    prev_hash      VARCHAR(64)     NOT NULL,
    hash           VARCHAR(64)     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX audit_entry_action_ix ON audit_entry (action, seq);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, seq);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
