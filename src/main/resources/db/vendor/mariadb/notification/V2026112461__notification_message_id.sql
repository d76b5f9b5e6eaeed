-- The Message-ID of every sent notification, so that e-mail replies thread by In-Reply-To / References.
ALTER TABLE notification_log ADD COLUMN message_id VARCHAR(500);
CREATE INDEX notification_log_message_id_ix ON notification_log (message_id);
