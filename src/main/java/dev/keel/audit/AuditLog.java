package dev.keel.audit;

import dev.keel.audit.domain.ChainVerification;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import org.jspecify.annotations.Nullable;

/** Reading and verifying the audit log. Writing happens only through auditable events. */
public interface AuditLog {

    /** Entries newest first, optionally only one action (e.g. {@code login.failed}). */
    Page<AuditEntry> page(@Nullable String action, PageRequest request);

    /** Re-computes every hash from the first entry on and reports the first break, if any. */
    ChainVerification verify();
}
