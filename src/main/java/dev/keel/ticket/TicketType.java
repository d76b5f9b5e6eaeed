package dev.keel.ticket;

/** What kind of request a ticket is; the prefix starts its number. */
public enum TicketType {
    INCIDENT("INC"),
    SERVICE_REQUEST("REQ"),
    CONSULTATION("CON"),
    DATA_ISSUE("DAT"),
    SECURITY_INCIDENT("SEC");

    private final String prefix;

    TicketType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Security incidents are visible to the security group only. */
    public boolean restricted() {
        return this == SECURITY_INCIDENT;
    }
}
