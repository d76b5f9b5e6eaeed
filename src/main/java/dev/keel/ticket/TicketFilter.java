package dev.keel.ticket;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a queue or saved view shows: every condition is optional and they all must hold. The
 * viewer's visibility is always added on top.
 */
public record TicketFilter(
        Set<TicketStatus> statuses,
        Set<Long> groupIds,
        @Nullable Long assigneeId,
        boolean unassigned,
        @Nullable Long requesterId,
        @Nullable Long organisationId,
        @Nullable TicketType type,
        @Nullable Priority priority,
        @Nullable Long categoryId,
        @Nullable Channel channel,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo) {

    public static TicketFilter all() {
        return new TicketFilter(Set.of(), Set.of(), null, false, null, null, null, null, null, null, null, null);
    }

    public static TicketFilter open() {
        return all().withStatuses(Set.of(
                TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING));
    }

    public TicketFilter withStatuses(Set<TicketStatus> value) {
        return new TicketFilter(
                value,
                groupIds,
                assigneeId,
                unassigned,
                requesterId,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom,
                createdTo);
    }

    public TicketFilter withGroups(Set<Long> value) {
        return new TicketFilter(
                statuses,
                value,
                assigneeId,
                unassigned,
                requesterId,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom,
                createdTo);
    }

    public TicketFilter withAssignee(@Nullable Long value) {
        return new TicketFilter(
                statuses,
                groupIds,
                value,
                unassigned,
                requesterId,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom,
                createdTo);
    }

    public TicketFilter onlyUnassigned() {
        return new TicketFilter(
                statuses,
                groupIds,
                assigneeId,
                true,
                requesterId,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom,
                createdTo);
    }

    public TicketFilter withRequester(@Nullable Long value) {
        return new TicketFilter(
                statuses,
                groupIds,
                assigneeId,
                unassigned,
                value,
                organisationId,
                type,
                priority,
                categoryId,
                channel,
                createdFrom,
                createdTo);
    }

    /** How a list is ordered; the id breaks ties so that keyset pages are stable. */
    public enum Sort {
        NEWEST,
        OLDEST,
        RECENTLY_UPDATED,
        PRIORITY,
        /** Earliest SLA due time first; tickets without a running clock last. */
        DUE
    }
}
