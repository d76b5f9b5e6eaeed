-- The service desk core: tickets, their conversation, attachments, watchers, links, field history,
-- categories, the priority matrix, canned responses, saved views and idempotency keys.
-- MariaDB: the ticket's own rows (entries, attachments, watchers, history, links) carry no foreign key
-- to ticket. InnoDB checks such a key with a shared lock on the ticket row, which the UPDATE of the
-- ticket in the same unit of work must then upgrade, so two writers of one ticket deadlock
-- (PostgreSQL's check takes a KEY SHARE lock that an update of other columns does not wait for).
-- They are written only through the ticket aggregate, and tickets are never deleted.
CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_history_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket_category (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id        BIGINT REFERENCES ticket_category (id),
    code             VARCHAR(40)  NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    default_group_id BIGINT,
    default_type     VARCHAR(30),
    form_hint_en     VARCHAR(1000),
    form_hint_zh     VARCHAR(1000),
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order       INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ticket_category_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_category_parent_ix ON ticket_category (parent_id, sort_order);

CREATE TABLE ticket_priority_rule (
    impact   VARCHAR(20) NOT NULL,
    urgency  VARCHAR(20) NOT NULL,
    priority VARCHAR(4)  NOT NULL,
    PRIMARY KEY (impact, urgency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ticket (
    id                BIGINT       NOT NULL PRIMARY KEY,
    number            VARCHAR(32)  NOT NULL,
    type              VARCHAR(30)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    description       MEDIUMTEXT NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    pending_reason    VARCHAR(20),
    channel           VARCHAR(20)  NOT NULL,
    category_id       BIGINT REFERENCES ticket_category (id),
    impact            VARCHAR(20)  NOT NULL,
    urgency           VARCHAR(20)  NOT NULL,
    priority          VARCHAR(4)   NOT NULL,
    requester_id      BIGINT       NOT NULL,
    organisation_id   BIGINT,
    group_id          BIGINT,
    assignee_id       BIGINT,
    created_by        BIGINT       NOT NULL,
    resolution_code   VARCHAR(30),
    resolution_notes  VARCHAR(4000),
    rating            INT,
    rating_comment    VARCHAR(2000),
    reopen_count      INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    first_response_at DATETIME(6),
    resolved_at       DATETIME(6),
    closed_at         DATETIME(6),
    merged_into_id    BIGINT,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ticket_number_uk UNIQUE (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- queue pages: each filter leads with its equality columns and ends with the sort key
CREATE INDEX ticket_group_status_ix ON ticket (group_id, status, id);
CREATE INDEX ticket_assignee_status_ix ON ticket (assignee_id, status, id);
CREATE INDEX ticket_requester_ix ON ticket (requester_id, id);
CREATE INDEX ticket_organisation_ix ON ticket (organisation_id, id);
CREATE INDEX ticket_status_ix ON ticket (status, id);
CREATE INDEX ticket_status_updated_ix ON ticket (status, updated_at, id);
CREATE INDEX ticket_status_priority_ix ON ticket (status, priority, id);
CREATE INDEX ticket_resolved_ix ON ticket (status, resolved_at);

CREATE TABLE ticket_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    author_id    BIGINT,
    body         MEDIUMTEXT NOT NULL,
    time_spent   INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_entry_ticket_ix ON ticket_entry (ticket_id, id);

CREATE TABLE ticket_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL,
    entry_id     BIGINT REFERENCES ticket_entry (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    internal     BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by  BIGINT       NOT NULL,
    created_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_attachment_ticket_ix ON ticket_attachment (ticket_id, id);

CREATE TABLE ticket_watcher (
    ticket_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_watcher_user_ix ON ticket_watcher (user_id, ticket_id);

CREATE TABLE ticket_history (
    id         BIGINT       NOT NULL PRIMARY KEY,
    ticket_id  BIGINT       NOT NULL,
    field      VARCHAR(40)  NOT NULL,
    old_value  VARCHAR(500),
    new_value  VARCHAR(500),
    changed_by BIGINT,
    changed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_history_ticket_ix ON ticket_history (ticket_id, id);

CREATE TABLE ticket_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_id     BIGINT      NOT NULL,
    to_id       BIGINT      NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT ticket_link_uk UNIQUE (from_id, to_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_link_to_ix ON ticket_link (to_id);

CREATE TABLE ticket_canned_response (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    title    VARCHAR(200)  NOT NULL,
    body     TEXT NOT NULL,
    language VARCHAR(16)   NOT NULL,
    version  BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ticket_saved_view (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_id  BIGINT        NOT NULL,
    name      VARCHAR(100)  NOT NULL,
    filter    VARCHAR(4000) NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_saved_view_owner_ix ON ticket_saved_view (owner_id, id);

CREATE TABLE ticket_idempotency (
    user_id         BIGINT      NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    ticket_id       BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO ticket_priority_rule (impact, urgency, priority) VALUES
 ('EXTENSIVE', 'CRITICAL', 'P1'), ('EXTENSIVE', 'HIGH', 'P1'), ('EXTENSIVE', 'MEDIUM', 'P2'), ('EXTENSIVE', 'LOW', 'P3'),
 ('SIGNIFICANT', 'CRITICAL', 'P1'), ('SIGNIFICANT', 'HIGH', 'P2'), ('SIGNIFICANT', 'MEDIUM', 'P3'), ('SIGNIFICANT', 'LOW', 'P3'),
 ('MODERATE', 'CRITICAL', 'P2'), ('MODERATE', 'HIGH', 'P3'), ('MODERATE', 'MEDIUM', 'P3'), ('MODERATE', 'LOW', 'P4'),
 ('MINOR', 'CRITICAL', 'P3'), ('MINOR', 'HIGH', 'P3'), ('MINOR', 'MEDIUM', 'P4'), ('MINOR', 'LOW', 'P4');
