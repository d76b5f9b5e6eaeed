package dev.keel.ticket.domain;

import dev.keel.ticket.EntryKind;
import dev.keel.ticket.TicketEvents.TicketCommentAdded;
import dev.keel.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes resolved tickets whose requester neither accepted nor rejected the resolution within
 * {@code keel.ticket.auto-close-after}. Each ticket closes in its own transaction, so one ticket the
 * requester answers at the same moment (and thus loses the optimistic lock) does not stop the sweep.
 */
@Component
public class AutoClose {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final TicketEntryRepository entries;
    private final Tickets service;
    private final TicketProperties properties;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AutoClose(
            TicketRepository tickets,
            TicketEntryRepository entries,
            Tickets service,
            TicketProperties properties,
            MessageSource messages,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.tickets = tickets;
        this.entries = entries;
        this.service = service;
        this.properties = properties;
        this.messages = messages;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One sweep as of {@code now}: closes every overdue resolved ticket and returns how many it closed. */
    public int sweep(Instant now) {
        Instant before = now.minus(properties.autoCloseAfter());
        int closed = 0;
        List<Long> due;
        do {
            due = tickets.findIdsByStatusAndResolvedBefore(TicketStatus.RESOLVED, before, Limit.of(BATCH));
            int closedInBatch = 0;
            for (long id : due) {
                if (closeOne(id, before, now)) {
                    closedInBatch++;
                }
            }
            closed += closedInBatch;
            if (closedInBatch == 0) {
                break;
            }
        } while (due.size() == BATCH);
        if (closed > 0) {
            log.info("Closed {} resolved tickets without an answer since {}", closed, before);
        }
        return closed;
    }

    private boolean closeOne(long ticketId, Instant before, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Ticket ticket = service.load(ticketId);
                if (ticket.status() != TicketStatus.RESOLVED
                        || ticket.resolvedAt() == null
                        || !ticket.resolvedAt().isBefore(before)) {
                    return false;
                }
                ticket.close(now);
                TicketEntry note = entries.save(new TicketEntry(ticketId, EntryKind.SYSTEM, null, note(), 0, now));
                service.save(ticket, null, now);
                events.publishEvent(new TicketCommentAdded(ticketId, note.id(), EntryKind.SYSTEM, null));
                return true;
            }));
        } catch (OptimisticLockingFailureException answeredMeanwhile) {
            log.debug("Ticket {} changed while closing it automatically; left for the requester", ticketId);
            return false;
        }
    }

    /** The note is stored once for every reader, so it carries both languages. */
    private String note() {
        long days = properties.autoCloseAfter().toDays();
        return messages.getMessage("ticket.autoClose.note", new Object[] {days}, Locale.SIMPLIFIED_CHINESE)
                + "\n"
                + messages.getMessage("ticket.autoClose.note", new Object[] {days}, Locale.ENGLISH);
    }
}
