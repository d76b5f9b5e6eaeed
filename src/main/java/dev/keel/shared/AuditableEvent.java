package dev.keel.shared;

import org.jspecify.annotations.Nullable;

/**
 * An event that belongs in the tamper-evident audit log. Any module's event may implement it; the
 * {@code audit} module records every one it sees, after the publishing transaction committed.
 */
public interface AuditableEvent {

    /** A stable, dotted action name such as {@code login.failed} or {@code role.granted}. */
    String action();

    /** Who did it: a user name, or {@code system}. */
    String actor();

    /** What it was done to, e.g. {@code user:42}; may be null when there is no single subject. */
    @Nullable
    String subject();

    /** Free-form details (no secrets, no passwords); may be empty. */
    String details();

    /** The remote address of the request, or null outside a request. */
    @Nullable
    String remoteAddress();
}
