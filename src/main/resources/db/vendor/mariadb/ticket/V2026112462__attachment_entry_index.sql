-- The files of one conversation entry (e-mail notifications of a reply carry them).
CREATE INDEX ticket_attachment_entry_ix ON ticket_attachment (entry_id, id);
