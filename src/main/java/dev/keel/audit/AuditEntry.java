package dev.keel.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded action, with its place in the chain. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String subject,
        String details,
        @Nullable String remoteAddress,
        String prevHash,
        String hash) {}
