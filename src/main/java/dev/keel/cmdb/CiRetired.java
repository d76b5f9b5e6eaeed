package dev.keel.cmdb;

/** A configuration item was retired; relations to it can no longer be added. */
public record CiRetired(long ciId) {}
