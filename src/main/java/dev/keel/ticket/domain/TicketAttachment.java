package dev.keel.ticket.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file attached to a ticket; the bytes live in the attachment store under their SHA-256. */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ticketId;
    private @Nullable Long entryId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private boolean internal;
    private long uploadedBy;
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected TicketAttachment() {}

    TicketAttachment(
            long ticketId,
            @Nullable Long entryId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            boolean internal,
            long uploadedBy,
            Instant now) {
        this.ticketId = ticketId;
        this.entryId = entryId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.internal = internal;
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("attachment not saved yet");
        }
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public @Nullable Long entryId() {
        return entryId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public boolean internal() {
        return internal;
    }

    public long uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
