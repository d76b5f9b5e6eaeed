package dev.keel.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What other modules (routing, notifications, channels, SLA) may do with tickets. These calls are not
 * checked against a viewer: callers act as the system or on behalf of an authenticated user they
 * already checked.
 */
public interface TicketManagement {

    /** Opens a ticket; {@code actorId} is the user who records it. Publishes {@code TicketOpened}. */
    TicketView open(OpenTicket command, long actorId);

    Optional<TicketView> find(long ticketId);

    Optional<TicketView> findByNumber(String number);

    /**
     * Puts a ticket in a group's queue and optionally on a person (routing). {@code actorId} is null
     * when Keel itself does it (routing rules, a mailbox's default group): the history then shows the
     * change as made by the system, not by the requester whose ticket triggered it.
     */
    TicketView assign(long ticketId, @Nullable Long groupId, @Nullable Long assigneeId, @Nullable Long actorId);

    /** The conversation in order; internal notes included (callers filter for requesters). */
    List<EntryView> entries(long ticketId);

    /** Adds a conversation entry on behalf of {@code authorId} (e-mail replies, system notes). */
    EntryView addEntry(long ticketId, EntryKind kind, String body, long authorId);

    /** How many open tickets each of these users is assigned (least-loaded routing). */
    Map<Long, Long> openAssignmentCounts(Set<Long> userIds);

    /**
     * Every category, active or retired, depth first with its depth: what a console form that refers to
     * a category offers in its picker.
     */
    List<CategoryView> categories();

    /** True when a category with this id exists (active or not); for validating references to it. */
    boolean categoryExists(long categoryId);

    /**
     * Records the ticket's earliest running SLA due time (null when no clock runs), for the queues' due
     * column, sort and views. Kept by the SLA module; does not change the ticket's version or history.
     */
    void recordDueAt(long ticketId, @Nullable Instant dueAt);

    /**
     * An automatic escalation: moves the ticket to {@code priority} and/or into {@code groupId}'s queue
     * (without a person), and notes {@code note} in the conversation as a system entry. History shows
     * no user. Null arguments leave that part unchanged; a ticket that is no longer open is left alone.
     *
     * @throws dev.keel.shared.DomainException NOT_FOUND for an unknown ticket
     */
    TicketView escalate(long ticketId, @Nullable Priority priority, @Nullable Long groupId, String note);

    /** The ticket if {@code userId} may see it (the same rules as the ticket pages), else empty. */
    Optional<TicketView> findVisible(long ticketId, long userId);
}
