package dev.keel.ticket;

/** How a request reached the service desk; recorded on every ticket. */
public enum Channel {
    PORTAL,
    EMAIL,
    PHONE,
    WALK_IN,
    ON_SITE,
    CHAT,
    API,
    MONITORING
}
