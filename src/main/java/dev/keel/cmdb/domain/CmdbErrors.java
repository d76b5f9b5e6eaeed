package dev.keel.cmdb.domain;

import dev.keel.shared.DomainException;
import java.util.List;

/** The domain errors of the CMDB. */
final class CmdbErrors {

    private CmdbErrors() {}

    static DomainException notFound(String what) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not-found", "cmdb.error.notFound." + what);
    }

    static DomainException stale() {
        return new DomainException(DomainException.Kind.CONFLICT, "stale", "cmdb.error.stale");
    }

    static DomainException conflict(String code, String messageKey, Object... arguments) {
        return new DomainException(DomainException.Kind.CONFLICT, code, messageKey, arguments);
    }

    static DomainException invalid(String field, String messageKey, Object... arguments) {
        return DomainException.invalid(field, messageKey, arguments);
    }

    static void throwIfAny(List<DomainException.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
    }
}
