-- The earliest due time of a ticket's running SLA clocks (kept by the SLA module; null when none runs),
-- for the queues' "due" column and sort and the "breaching soon" / "breached" views.
ALTER TABLE ticket ADD COLUMN due_at DATETIME(6);
CREATE INDEX ticket_due_ix ON ticket (due_at, id);
