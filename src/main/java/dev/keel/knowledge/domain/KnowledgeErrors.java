package dev.keel.knowledge.domain;

import dev.keel.shared.DomainException;

/** The domain errors of the knowledge base. */
final class KnowledgeErrors {

    private KnowledgeErrors() {}

    static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not-found", "knowledge.error.notFound");
    }

    static DomainException stale() {
        return new DomainException(DomainException.Kind.CONFLICT, "stale", "knowledge.error.stale");
    }

    static DomainException notAllowed() {
        return new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "knowledge.error.forbidden");
    }
}
