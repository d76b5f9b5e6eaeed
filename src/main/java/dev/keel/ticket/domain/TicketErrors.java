package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.Kind;

/** The ticket module's errors: stable codes, message keys. Unknown and invisible are the same 404. */
final class TicketErrors {

    private TicketErrors() {}

    static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
    }

    static DomainException stale() {
        return new DomainException(Kind.CONFLICT, "stale", "error.stale");
    }

    static DomainException notAllowed() {
        return new DomainException(Kind.FORBIDDEN, "forbidden", "error.forbidden");
    }

    static DomainException invalid(String field, String key, Object... args) {
        return DomainException.invalid(field, key, args);
    }
}
