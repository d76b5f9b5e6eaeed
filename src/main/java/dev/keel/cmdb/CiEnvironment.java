package dev.keel.cmdb;

/** The environment a configuration item belongs to. */
public enum CiEnvironment {
    PRODUCTION,
    TEST,
    DEVELOPMENT
}
