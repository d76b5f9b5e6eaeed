-- E-mail channel: mailboxes, every received message (raw bytes live in the mail store under raw_sha256),
-- participants of e-mail threads, bouncing addresses and refusals sent to unknown senders.
CREATE TABLE channel_mailbox (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(100)  NOT NULL,
    address                 VARCHAR(320)  NOT NULL,
    imap_host               VARCHAR(255)  NOT NULL,
    imap_port               INT           NOT NULL,
    imap_ssl                BOOLEAN       NOT NULL,
    imap_user               VARCHAR(320)  NOT NULL,
    imap_secret             VARCHAR(1000) NOT NULL,
    folder                  VARCHAR(200)  NOT NULL,
    poll_seconds            INT           NOT NULL,
    smtp_host               VARCHAR(255),
    smtp_port               INT,
    smtp_ssl                BOOLEAN       NOT NULL DEFAULT FALSE,
    smtp_user               VARCHAR(320),
    smtp_secret             VARCHAR(1000),
    default_group_id        BIGINT,
    default_category_id     BIGINT,
    default_organisation_id BIGINT,
    unknown_senders         VARCHAR(20)   NOT NULL,
    enabled                 BOOLEAN       NOT NULL,
    last_polled_at          DATETIME(6),
    last_poll_error         VARCHAR(2000),
    version                 BIGINT        NOT NULL DEFAULT 0,
    created_at              DATETIME(6) NOT NULL,
    CONSTRAINT channel_mailbox_name_uk UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per message taken from a mailbox; (mailbox_id, message_key) makes intake idempotent.
CREATE TABLE channel_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mailbox_id   BIGINT        NOT NULL REFERENCES channel_mailbox (id),
    message_key  VARCHAR(200)  NOT NULL,
    message_id   VARCHAR(500),
    imap_uid     BIGINT,
    raw_sha256   VARCHAR(64)   NOT NULL,
    raw_size     BIGINT        NOT NULL,
    sender       VARCHAR(320),
    subject      VARCHAR(500),
    subject_key  VARCHAR(200),
    status       VARCHAR(20)   NOT NULL,
    reason       VARCHAR(100),
    detail       VARCHAR(2000),
    ticket_id    BIGINT,
    entry_id     BIGINT,
    attempts     INT           NOT NULL DEFAULT 0,
    flagged      BOOLEAN       NOT NULL DEFAULT FALSE,
    received_at  DATETIME(6) NOT NULL,
    processed_at DATETIME(6),
    CONSTRAINT channel_message_key_uk UNIQUE (mailbox_id, message_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX channel_message_status_ix ON channel_message (status, id);
CREATE INDEX channel_message_flag_ix ON channel_message (mailbox_id, flagged, status);
CREATE INDEX channel_message_mid_ix ON channel_message (message_id);
CREATE INDEX channel_message_ticket_ix ON channel_message (ticket_id, id);
CREATE INDEX channel_message_entry_ix ON channel_message (entry_id);
CREATE INDEX channel_message_sender_ix ON channel_message (sender, received_at);
CREATE INDEX channel_message_subject_ix ON channel_message (subject_key, ticket_id);

-- Everyone who was on From / To / Cc of a message threaded onto a ticket.
CREATE TABLE channel_participant (
    ticket_id  BIGINT       NOT NULL,
    address    VARCHAR(320) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX channel_participant_address_ix ON channel_participant (address, created_at);

-- Addresses that bounced; notifications skip them.
CREATE TABLE channel_bounce (
    address        VARCHAR(320) NOT NULL PRIMARY KEY,
    bounces        INT          NOT NULL,
    last_ticket_id BIGINT,
    last_bounce_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Polite refusals to unknown senders: at most one per address and day.
CREATE TABLE channel_refusal (
    address VARCHAR(320) NOT NULL,
    refused_on DATE        NOT NULL,
    PRIMARY KEY (address, refused_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
