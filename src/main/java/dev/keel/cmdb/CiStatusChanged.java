package dev.keel.cmdb;

/** A configuration item moved from one status to another. */
public record CiStatusChanged(long ciId, CiStatus from, CiStatus to) {}
