package dev.keel.cmdb;

/** A configuration item was created. */
public record CiCreated(long ciId) {}
