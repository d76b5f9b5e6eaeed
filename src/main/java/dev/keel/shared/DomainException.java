package dev.keel.shared;

import java.util.List;

/**
 * A rule of the domain was broken. Carries a stable {@code code} (the last segment of the problem
 * {@code type} URI on the API), a message key for the localised text, and its arguments.
 */
public class DomainException extends RuntimeException {

    /** How the edges should report the failure. */
    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        INVALID,
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;
    private final List<FieldProblem> fieldProblems;

    public DomainException(Kind kind, String code, String messageKey, Object... arguments) {
        this(kind, code, messageKey, List.of(), arguments);
    }

    public DomainException(
            Kind kind, String code, String messageKey, List<FieldProblem> fieldProblems, Object... arguments) {
        super(code + ": " + messageKey);
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, "not-found", "error.notFound", what);
    }

    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(
                Kind.INVALID,
                "validation",
                "error.validation",
                List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** A problem with one input field: the field name and the message key explaining it. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {}
}
