package dev.keel.cmdb.web;

import dev.keel.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The localised messages of a domain error by field name ({@code attributes.ip_address} included), for
 * forms whose fields are not known until the class is; problems without a field go under {@code global}.
 */
final class FieldErrors {

    static final String GLOBAL = "global";

    private FieldErrors() {}

    static Map<String, String> of(DomainException e, MessageSource messages, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            out.put(GLOBAL, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        for (DomainException.FieldProblem p : e.fieldProblems()) {
            out.merge(
                    p.field(),
                    messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale),
                    (a, b) -> a + " " + b);
        }
        return out;
    }
}
