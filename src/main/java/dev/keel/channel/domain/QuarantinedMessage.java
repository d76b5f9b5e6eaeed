package dev.keel.channel.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A received message that could not become a ticket or reply, kept with the reason. */
public record QuarantinedMessage(
        long id,
        long mailboxId,
        @Nullable String sender,
        @Nullable String subject,
        String reason,
        @Nullable String detail,
        long sizeBytes,
        Instant receivedAt) {}
