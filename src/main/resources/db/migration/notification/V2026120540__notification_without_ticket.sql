-- A notification may be about no ticket (a notice to a user about their own account).
ALTER TABLE notification_log ALTER COLUMN ticket_id DROP NOT NULL;
