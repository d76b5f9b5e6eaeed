package dev.keel.ticket;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * Service-desk configuration was changed (categories, the priority matrix): recorded in the audit log.
 *
 * @param action e.g. {@code category.created} or {@code priority-matrix.changed}
 * @param subject e.g. {@code category:12}
 */
public record TicketConfigurationChanged(
        String actor, @Nullable String remoteAddress, String action, String subject, String details)
        implements AuditableEvent {}
