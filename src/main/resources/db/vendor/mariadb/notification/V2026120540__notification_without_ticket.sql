-- A notification may be about no ticket (a notice to a user about their own account).
ALTER TABLE notification_log MODIFY ticket_id BIGINT NULL;
