package dev.keel.knowledge;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A knowledge category was created, renamed, moved, reordered, retired or restored; audited. */
public record KnowledgeCategoryChanged(
        String action,
        String actor,
        @Nullable String remoteAddress,
        @Nullable String subject,
        String details) implements AuditableEvent {}
