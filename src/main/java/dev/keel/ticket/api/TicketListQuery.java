package dev.keel.ticket.api;

import dev.keel.shared.DateBounds;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the query parameters of {@code GET /api/v1/tickets} into a filter, a sort and a page request. */
@Component
class TicketListQuery {

    private final TicketQueries queries;

    TicketListQuery(TicketQueries queries) {
        this.queries = queries;
    }

    /**
     * The list's query parameters; all optional.
     *
     * @param assignee {@code me} for the caller's own tickets (instead of {@code assigneeId})
     */
    record Params(
            @Nullable List<TicketStatus> status,
            @Nullable List<Long> groupId,
            @Nullable Long assigneeId,
            @Nullable String assignee,
            @Nullable Boolean unassigned,
            @Nullable Long requesterId,
            @Nullable Long organisationId,
            @Nullable TicketType type,
            @Nullable Priority priority,
            @Nullable Long categoryId,
            @Nullable Channel channel,
            @Nullable Instant createdFrom,
            @Nullable Instant createdTo,
            TicketFilter.@Nullable Sort sort,
            @Nullable String cursor,
            @Nullable Integer limit) {}

    Page<TicketRow> page(Params p, long callerId, TicketViewer viewer) {
        return queries.page(
                filter(p, callerId),
                viewer,
                p.sort() == null ? TicketFilter.Sort.NEWEST : p.sort(),
                PageRequest.of(p.cursor(), p.limit()));
    }

    static TicketFilter filter(Params p, long callerId) {
        Long assigneeId = p.assigneeId();
        if (p.assignee() != null && !p.assignee().isBlank()) {
            if (!p.assignee().equals("me")) {
                throw DomainException.invalid("assignee", "ticket.api.validation.assigneeMe");
            }
            assigneeId = callerId;
        }
        if (p.createdFrom() != null) {
            DateBounds.check(p.createdFrom(), "createdFrom");
        }
        if (p.createdTo() != null) {
            DateBounds.check(p.createdTo(), "createdTo");
        }
        if (p.createdFrom() != null && p.createdTo() != null && p.createdTo().isBefore(p.createdFrom())) {
            throw DomainException.invalid("createdTo", "ticket.api.validation.createdRange");
        }
        return new TicketFilter(
                p.status() == null ? Set.of() : Set.copyOf(p.status()),
                p.groupId() == null ? Set.of() : Set.copyOf(p.groupId()),
                assigneeId,
                Boolean.TRUE.equals(p.unassigned()),
                p.requesterId(),
                p.organisationId(),
                p.type(),
                p.priority(),
                p.categoryId(),
                p.channel(),
                p.createdFrom(),
                p.createdTo());
    }
}
