package dev.keel.web.error;

import dev.keel.web.Problems;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Explains a value that does not fit its parameter or JSON property in words a person understands:
 * which values are allowed, never the Java type behind them.
 */
final class InputProblems {

    private InputProblems() {}

    /** The message for a value that cannot become a {@code type}. */
    static String typeMessage(Problems problems, @Nullable Class<?> type, Locale locale) {
        if (type == null) {
            return problems.message("validation.type.value", locale);
        }
        Class<?> t = type.isArray() ? type.getComponentType() : type;
        if (t.isEnum()) {
            String allowed = Arrays.stream(t.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return problems.message("validation.type.enum", locale, allowed);
        }
        if (t == Long.class
                || t == long.class
                || t == Integer.class
                || t == int.class
                || t == Short.class
                || t == short.class) {
            return problems.message("validation.type.integer", locale);
        }
        if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) {
            return problems.message("validation.type.number", locale);
        }
        if (t == Boolean.class || t == boolean.class) {
            return problems.message("validation.type.boolean", locale);
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return problems.message("validation.type.date", locale);
        }
        return problems.message("validation.type.value", locale);
    }

    /** The type of {@code field} of a bound form or parameter object; for a list, the type of its elements. */
    static @Nullable Class<?> elementType(Class<?> target, String field) {
        String name = field.replaceAll("\\[.*$", "");
        for (Class<?> c = target; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                ResolvableType type = ResolvableType.forField(c.getDeclaredField(name));
                return type.isArray()
                        ? type.getComponentType().resolve()
                        : Collection.class.isAssignableFrom(type.toClass())
                                ? type.asCollection().getGeneric(0).resolve()
                                : type.resolve();
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** The JSON path of a mismatch, such as {@code reviewerIds[0]} or {@code organisationId}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String mismatchMessage(Problems problems, MismatchedInputException e, Locale locale) {
        if (e instanceof InvalidNullException) {
            return problems.message("validation.nullElement", locale);
        }
        return typeMessage(problems, e.getTargetType(), locale);
    }

    /** The first Jackson mismatch in the cause chain, if the body was JSON of the wrong shape. */
    static @Nullable MismatchedInputException mismatch(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException m) {
                return m;
            }
        }
        return null;
    }
}
