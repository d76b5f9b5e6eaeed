package dev.keel.sla.domain;

import dev.keel.shared.DomainException;

/** The SLA module's domain errors. */
final class SlaErrors {

    private SlaErrors() {}

    static DomainException notFound(String what) {
        return DomainException.notFound(what);
    }

    static DomainException stale() {
        return new DomainException(DomainException.Kind.CONFLICT, "stale", "error.stale");
    }

    static DomainException invalid(String field, String key, Object... args) {
        return DomainException.invalid(field, key, args);
    }
}
