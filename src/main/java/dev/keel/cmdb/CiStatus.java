package dev.keel.cmdb;

/** Where a configuration item is in its life; the allowed steps are in {@code CiLifecycle}. */
public enum CiStatus {
    PLANNED,
    IN_USE,
    MAINTENANCE,
    RETIRED,
    DISPOSED
}
