package dev.keel.ticket.domain;

import org.jspecify.annotations.Nullable;

/** One changed field of a ticket, as the history shows it: old → new. */
public record FieldChange(
        String field, @Nullable String oldValue, @Nullable String newValue) {}
