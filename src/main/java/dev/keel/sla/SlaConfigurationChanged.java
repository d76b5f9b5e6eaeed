package dev.keel.sla;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A calendar, policy or contract was created, changed, imported into, moved or deleted; audited. */
public record SlaConfigurationChanged(
        String action,
        String actor,
        @Nullable String remoteAddress,
        @Nullable String subject,
        String details) implements AuditableEvent {}
