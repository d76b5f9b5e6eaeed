package dev.keel.cmdb;

/** A configuration item was newly named as affected by a ticket (IDs only). */
public record CiLinkedToTicket(long ticketId, long ciId) {}
