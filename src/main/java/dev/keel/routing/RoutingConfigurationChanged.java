package dev.keel.routing;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A routing rule or group policy was created, changed, moved or deleted; audited. */
public record RoutingConfigurationChanged(
        String action,
        String actor,
        @Nullable String remoteAddress,
        @Nullable String subject,
        String details) implements AuditableEvent {}
