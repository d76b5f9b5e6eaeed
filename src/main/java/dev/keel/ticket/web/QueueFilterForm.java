package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.DateBounds;
import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The custom-view filter as the form shows it: dates in the agent's time zone ({@code createdTo}
 * inclusive), the assignee by user name.
 */
record QueueFilterForm(
        @Nullable List<TicketStatus> status,
        @Nullable Long groupId,
        @Nullable String assignee,
        @Nullable TicketType type,
        @Nullable Priority priority,
        @Nullable Long categoryId,
        @Nullable Channel channel,
        @Nullable Long organisationId,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate createdFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate createdTo) {

    static QueueFilterForm empty() {
        return new QueueFilterForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** The filter this form describes; an unknown assignee is a field error. */
    TicketFilter toFilter(UserDirectory directory, ZoneId zone) {
        Long assigneeId = null;
        if (assignee != null && !assignee.isBlank()) {
            assigneeId = directory
                    .findUser(assignee.strip())
                    .orElseThrow(() -> DomainException.invalid("assignee", "validation.user"))
                    .id();
        }
        if (createdFrom != null) {
            DateBounds.check(createdFrom, "createdFrom");
        }
        if (createdTo != null) {
            DateBounds.check(createdTo, "createdTo");
        }
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw DomainException.invalid("createdTo", "workspace.validation.dateRange");
        }
        Set<TicketStatus> statuses = status == null || status.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(status));
        return new TicketFilter(
                statuses,
                groupId == null ? Set.of() : Set.of(groupId),
                assigneeId,
                false,
                null,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom == null ? null : createdFrom.atStartOfDay(zone).toInstant(),
                createdTo == null
                        ? null
                        : createdTo.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The form showing a saved filter. */
    static QueueFilterForm of(TicketFilter filter, Names names, ZoneId zone) {
        return new QueueFilterForm(
                List.copyOf(filter.statuses()),
                filter.groupIds().stream().findFirst().orElse(null),
                filter.assigneeId() == null ? null : names.username(filter.assigneeId()),
                filter.type(),
                filter.priority(),
                filter.categoryId(),
                filter.channel(),
                filter.organisationId(),
                filter.createdFrom() == null
                        ? null
                        : filter.createdFrom().atZone(zone).toLocalDate(),
                filter.createdTo() == null
                        ? null
                        : filter.createdTo().atZone(zone).toLocalDate().minusDays(1));
    }
}
