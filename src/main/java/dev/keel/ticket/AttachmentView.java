package dev.keel.ticket;

import java.time.Instant;

/** A file attached to a ticket, without its bytes; read-only. Internal ones are for agents only. */
public record AttachmentView(
        long id,
        long ticketId,
        String fileName,
        String contentType,
        long sizeBytes,
        boolean internal,
        long uploadedBy,
        Instant createdAt) {}
