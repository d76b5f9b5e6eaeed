-- Routing: ordered rules that choose the group of a new ticket, and how each group hands tickets to people.
CREATE TABLE routing_rule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    position        INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    category_id     BIGINT,
    organisation_id BIGINT,
    channel         VARCHAR(20),
    keywords        VARCHAR(1000),
    target_group_id BIGINT        NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX routing_rule_position_ix ON routing_rule (position, id);

CREATE TABLE routing_group_policy (
    group_id         BIGINT      NOT NULL PRIMARY KEY,
    strategy         VARCHAR(20) NOT NULL,
    last_assignee_id BIGINT,
    version          BIGINT      NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
