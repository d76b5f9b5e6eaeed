-- Platform tables shared by every node: HTTP sessions (Spring Session JDBC) and the event publication
-- registry (Spring Modulith), in MariaDB's types. Every table is utf8mb4 with a binary collation, so
-- comparisons are case- and accent-sensitive as on PostgreSQL. MariaDB's table names are case-sensitive
-- on Linux, and both libraries name these tables in capitals.
CREATE TABLE SPRING_SESSION (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    PRIMARY KEY (primary_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE UNIQUE INDEX spring_session_ix1 ON SPRING_SESSION (session_id);
CREATE INDEX spring_session_ix2 ON SPRING_SESSION (expiry_time);
CREATE INDEX spring_session_ix3 ON SPRING_SESSION (principal_name);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    LONGBLOB NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES SPRING_SESSION (primary_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36) NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       MEDIUMTEXT NOT NULL,
    publication_date       DATETIME(6) NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date DATETIME(6),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX event_publication_by_completion_date_idx ON EVENT_PUBLICATION (completion_date);
