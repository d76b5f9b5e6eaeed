-- Every e-mail notification Keel tried to send, with its outcome, so that none is lost without a trace.
-- event_key names the event that caused it; a retried event skips recipients already served.
CREATE TABLE notification_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_id BIGINT        NOT NULL,
    event_key VARCHAR(100)  NOT NULL,
    recipient VARCHAR(320)  NOT NULL,
    subject   VARCHAR(500)  NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    status    VARCHAR(10)   NOT NULL,
    error     VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX notification_log_ticket_ix ON notification_log (ticket_id, id);
CREATE INDEX notification_log_event_ix ON notification_log (event_key, recipient);
