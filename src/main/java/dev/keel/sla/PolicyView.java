package dev.keel.sla;

import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An SLA policy. Conditions that are null match every ticket; the first active policy (by position)
 * whose conditions all hold applies, unless a contract names one.
 *
 * @param pauseOn statuses that pause the clocks, as {@code STATUS} or {@code STATUS:PENDING_REASON}
 */
public record PolicyView(
        long id,
        int position,
        String name,
        @Nullable Long organisationId,
        @Nullable TicketType type,
        @Nullable Priority priority,
        @Nullable Long categoryId,
        long calendarId,
        Set<String> pauseOn,
        List<PolicyTarget> targets,
        List<Threshold> thresholds,
        boolean active,
        long version) {}
