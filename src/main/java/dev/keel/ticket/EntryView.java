package dev.keel.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a ticket's conversation. */
public record EntryView(
        long id,
        long ticketId,
        EntryKind kind,
        @Nullable Long authorId,
        String body,
        int timeSpentMinutes,
        Instant createdAt) {}
