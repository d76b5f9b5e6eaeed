package dev.keel.routing.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.Kind;

/** The routing module's errors: stable codes and message keys. */
final class RoutingErrors {

    private RoutingErrors() {}

    static DomainException ruleNotFound() {
        return new DomainException(Kind.NOT_FOUND, "routing-rule-not-found", "routing.error.ruleNotFound");
    }

    static DomainException stale() {
        return new DomainException(Kind.CONFLICT, "stale", "error.stale");
    }
}
