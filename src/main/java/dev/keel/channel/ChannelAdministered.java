package dev.keel.channel;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** A mailbox was created or changed, or a quarantined message retried, discarded or downloaded; audited. */
public record ChannelAdministered(
        String action,
        String actor,
        @Nullable String remoteAddress,
        @Nullable String subject,
        String details) implements AuditableEvent {}
