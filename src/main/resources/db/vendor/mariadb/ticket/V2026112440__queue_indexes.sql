-- Queue pages that the first ticket indexes left to a scan and sort of every matching row (measured at
-- 1 M tickets, docs/performance.md): each index returns a first page in sort order, or, for the
-- unassigned queue, reads only the group's unassigned open tickets.
-- "Recently updated" over all visible tickets: walked backwards, no status filter to lead with.
CREATE INDEX ticket_updated_ix ON ticket (updated_at, id);
-- "By priority" (priority ascending, newest first): the filters (groups, open statuses) are checked on
-- the way, and open tickets are recent, so a page is found after a few dozen rows.
CREATE INDEX ticket_priority_ix ON ticket (priority, id DESC);
-- "Unassigned in my group": group and IS NULL lead, the open statuses narrow it to the waiting tickets.
CREATE INDEX ticket_group_assignee_ix ON ticket (group_id, assignee_id, status, id);
