package dev.keel.sla;

import java.time.Instant;
import java.util.List;

/** Events of the SLA module, for notifications and reporting; IDs and small values only. */
public final class SlaEvents {

    private SlaEvents() {}

    /**
     * A clock reached a warning threshold (below 100 %).
     *
     * @param notifyUserIds users a threshold action asked to e-mail (may be empty)
     */
    public record SlaWarned(
            long ticketId, long clockId, ClockKind kind, int percent, Instant dueAt, List<Long> notifyUserIds) {}

    /** A clock passed its due time (100 %); fires once per clock. */
    public record SlaBreached(long ticketId, long clockId, ClockKind kind, Instant dueAt, List<Long> notifyUserIds) {}

    /** A clock stopped in time: first response given, or resolved before the due time. */
    public record SlaMet(long ticketId, long clockId, ClockKind kind, Instant dueAt, Instant metAt) {}
}
