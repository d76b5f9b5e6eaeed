package dev.keel.ticket.domain;

import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A public reply, internal note or system note on a ticket. Entries are never edited. */
@Entity
@Table(name = "ticket_entry")
class TicketEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_entry_seq")
    @SequenceGenerator(name = "ticket_entry_seq", sequenceName = "ticket_entry_seq", allocationSize = 50)
    private @Nullable Long id;

    private long ticketId;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private @Nullable Long authorId;
    private String body;
    private int timeSpent;
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected TicketEntry() {}

    TicketEntry(long ticketId, EntryKind kind, @Nullable Long authorId, String body, int timeSpent, Instant now) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.authorId = authorId;
        this.body = body;
        this.timeSpent = timeSpent;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("entry not saved yet");
        }
        return id;
    }

    EntryView view() {
        return new EntryView(id(), ticketId, kind, authorId, body, timeSpent, createdAt);
    }
}
