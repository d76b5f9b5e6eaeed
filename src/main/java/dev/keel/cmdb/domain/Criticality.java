package dev.keel.cmdb.domain;

/** How much the business suffers when the configuration item fails; documented in docs/cmdb.md. */
public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
