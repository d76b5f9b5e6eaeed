package dev.keel.ticket.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One changed field of a ticket: who, when, old → new. Append-only. */
@Entity
@Table(name = "ticket_history")
class TicketHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
    @SequenceGenerator(name = "ticket_history_seq", sequenceName = "ticket_history_seq", allocationSize = 50)
    private @Nullable Long id;

    private long ticketId;
    private String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;
    private @Nullable Long changedBy;
    private Instant changedAt;

    @SuppressWarnings("NullAway.Init")
    protected TicketHistoryEntry() {}

    TicketHistoryEntry(long ticketId, FieldChange change, @Nullable Long by, Instant now) {
        this.ticketId = ticketId;
        this.field = change.field();
        this.oldValue = cut(change.oldValue());
        this.newValue = cut(change.newValue());
        this.changedBy = by;
        this.changedAt = now;
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    HistoryView view() {
        return new HistoryView(field, oldValue, newValue, changedBy, changedAt);
    }
}
