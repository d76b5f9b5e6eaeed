package dev.keel.cmdb.domain;

/** The environment a configuration item belongs to. */
public enum CiEnvironment {
    PRODUCTION,
    TEST,
    DEVELOPMENT
}
