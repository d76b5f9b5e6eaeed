package dev.keel.ticket;

import java.util.Optional;

/**
 * Tickets as a given user may see them, for modules that show or reference tickets on a user's behalf
 * (e.g. the knowledge base linking articles to tickets). Visibility follows {@link TicketViewer}.
 */
public interface TicketAccess {

    /** The ticket, when it exists and {@code userId} may see it; empty otherwise (also for unknown users). */
    Optional<TicketView> findVisible(long ticketId, long userId);

    /** Like {@link #findVisible(long, long)}, by ticket number. */
    Optional<TicketView> findVisibleByNumber(String number, long userId);
}
