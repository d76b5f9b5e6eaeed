package dev.keel.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a ticket, without its bytes; read-only. Internal ones are for agents only.
 *
 * @param entryId the conversation entry the file came with; null for a file on the ticket itself
 */
public record AttachmentView(
        long id,
        long ticketId,
        @Nullable Long entryId,
        String fileName,
        String contentType,
        long sizeBytes,
        boolean internal,
        long uploadedBy,
        Instant createdAt) {}
