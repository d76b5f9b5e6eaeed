package dev.keel.ticket.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of a ticket's history: which field changed, from what to what, by whom and when. */
public record HistoryView(
        String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable Long changedBy,
        Instant at) {}
