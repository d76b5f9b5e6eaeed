-- SLA: business calendars, policies, customer contracts, and the clocks of each ticket.
CREATE TABLE sla_calendar (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    time_zone   VARCHAR(60)   NOT NULL,
    -- MONDAY=09:00-12:00,13:30-18:00;TUESDAY=…
    week_hours  VARCHAR(1000) NOT NULL,
    description VARCHAR(500),
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT sla_calendar_name_uk UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- dated exceptions: holidays (whole or partial) and extra working days; their hours replace the week's
CREATE TABLE sla_calendar_day (
    calendar_id   BIGINT       NOT NULL REFERENCES sla_calendar (id) ON DELETE CASCADE,
    on_date       DATE         NOT NULL,
    day_kind      VARCHAR(20)  NOT NULL,
    working_hours VARCHAR(200) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    PRIMARY KEY (calendar_id, on_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sla_policy (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    position        INT           NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    organisation_id BIGINT,
    ticket_type     VARCHAR(30),
    priority        VARCHAR(4),
    category_id     BIGINT,
    calendar_id     BIGINT        NOT NULL REFERENCES sla_calendar (id),
    -- statuses that pause the clocks: PENDING:REQUESTER,…
    pause_on        VARCHAR(200)  NOT NULL,
    targets         VARCHAR(4000) NOT NULL,
    thresholds      VARCHAR(4000) NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX sla_policy_position_ix ON sla_policy (position, id);

CREATE TABLE sla_contract (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    services        VARCHAR(1000) NOT NULL,
    policy_id       BIGINT        NOT NULL REFERENCES sla_policy (id),
    calendar_id     BIGINT REFERENCES sla_calendar (id),
    version         BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX sla_contract_organisation_ix ON sla_contract (organisation_id, valid_from);

CREATE TABLE sla_clock (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_id     BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    state         VARCHAR(20) NOT NULL,
    policy_id     BIGINT,
    calendar_id   BIGINT      NOT NULL,
    target_amount INT         NOT NULL,
    target_unit   VARCHAR(20) NOT NULL,
    -- business time granted and used so far (milliseconds); running_since is set while the clock runs
    budget_ms     BIGINT      NOT NULL,
    consumed_ms   BIGINT      NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    running_since DATETIME(6),
    due_at        DATETIME(6),
    stopped_at    DATETIME(6),
    breached      BOOLEAN     NOT NULL DEFAULT FALSE,
    -- when the next warning/escalation threshold falls due (null: none pending or clock not running)
    next_check_at DATETIME(6),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT sla_clock_ticket_kind_uk UNIQUE (ticket_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX sla_clock_next_check_ix ON sla_clock (next_check_at);

CREATE TABLE sla_plan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    clock_id      BIGINT       NOT NULL,
    ticket_id     BIGINT       NOT NULL,
    planned_at    DATETIME(6) NOT NULL,
    reason        VARCHAR(30)  NOT NULL,
    policy_id     BIGINT,
    policy_name   VARCHAR(100) NOT NULL,
    target_amount INT          NOT NULL,
    target_unit   VARCHAR(20)  NOT NULL,
    due_at        DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX sla_plan_ticket_ix ON sla_plan (ticket_id, id);

-- each threshold of each clock fires once: the key is taken in the same transaction as its action
CREATE TABLE sla_threshold_fired (
    clock_id  BIGINT NOT NULL,
    threshold_percent INT NOT NULL,
    fired_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (clock_id, threshold_percent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
