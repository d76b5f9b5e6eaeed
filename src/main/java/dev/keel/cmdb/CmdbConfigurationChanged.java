package dev.keel.cmdb;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A CI class, one of its attributes or a relation type was created or changed; audited. */
public record CmdbConfigurationChanged(
        String action,
        String actor,
        @Nullable String remoteAddress,
        @Nullable String subject,
        String details) implements AuditableEvent {}
