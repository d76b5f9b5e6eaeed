package dev.keel.cmdb;

/** Fields or attributes of a configuration item changed (not its status: see {@link CiStatusChanged}). */
public record CiChanged(long ciId) {}
