package dev.keel.ticket.web;

import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import org.springframework.stereotype.Component;

/** Bootstrap badge colours for statuses and priorities: {@code ${@portalBadges.status(s)}} in templates. */
@Component("portalBadges")
class PortalBadges {

    public String status(TicketStatus status) {
        return switch (status) {
            case NEW -> "text-bg-info";
            case ASSIGNED, IN_PROGRESS -> "text-bg-primary";
            case PENDING -> "text-bg-warning";
            case RESOLVED -> "text-bg-success";
            case CLOSED, CANCELLED -> "text-bg-secondary";
        };
    }

    public String priority(Priority priority) {
        return switch (priority) {
            case P1 -> "text-bg-danger";
            case P2 -> "text-bg-warning";
            case P3 -> "text-bg-info";
            case P4 -> "text-bg-light border";
        };
    }
}
