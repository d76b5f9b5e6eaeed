-- A worker claims a received message before processing it, so that the leftover sweep, "poll now" and
-- other nodes never process the same message at once; a claim older than the claim timeout is void.
-- sent_at is the time the mail was sent or first received by a server (Date / Received), which the
-- per-sender flood limit uses so that a backlog of old mail is not taken for a flood.
ALTER TABLE channel_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE channel_message ADD COLUMN claimed_at DATETIME(6);
ALTER TABLE channel_message ADD COLUMN sent_at DATETIME(6);
CREATE INDEX channel_message_sender_sent_ix ON channel_message (sender, sent_at);
