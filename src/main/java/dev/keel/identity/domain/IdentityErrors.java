package dev.keel.identity.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.FieldProblem;
import dev.keel.shared.DomainException.Kind;
import java.util.List;

/** The identity module's domain errors, each with a stable code and a message key. */
final class IdentityErrors {

    private IdentityErrors() {}

    static DomainException userNotFound() {
        return new DomainException(Kind.NOT_FOUND, "user-not-found", "error.userNotFound");
    }

    static DomainException groupNotFound() {
        return new DomainException(Kind.NOT_FOUND, "group-not-found", "error.groupNotFound");
    }

    static DomainException organisationNotFound() {
        return new DomainException(Kind.NOT_FOUND, "organisation-not-found", "error.organisationNotFound");
    }

    static DomainException tokenNotFound() {
        return new DomainException(Kind.NOT_FOUND, "token-not-found", "error.tokenNotFound");
    }

    static DomainException taken(String field, String value) {
        return new DomainException(
                Kind.CONFLICT,
                "already-exists",
                "error.alreadyExists",
                List.of(new FieldProblem(field, "error.taken", value)),
                value);
    }

    static DomainException stale() {
        return new DomainException(Kind.CONFLICT, "stale", "error.stale");
    }

    static DomainException weakPassword(List<String> problems) {
        return new DomainException(
                Kind.INVALID,
                "weak-password",
                "error.weakPassword",
                problems.stream()
                        .map(key -> new FieldProblem("password", key, PasswordPolicy.MIN_LENGTH))
                        .toList());
    }

    static DomainException wrongPassword() {
        return new DomainException(
                Kind.INVALID,
                "wrong-password",
                "error.validation",
                List.of(new FieldProblem("currentPassword", "password.wrongCurrent")));
    }

    static DomainException invalid(String field, String key, Object... args) {
        return DomainException.invalid(field, key, args);
    }
}
