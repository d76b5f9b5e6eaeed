package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Turns a domain error into the sentence the agent reads: the field's reason where there is one. */
@Component
class Messages {

    private final MessageSource messages;

    Messages(MessageSource messages) {
        this.messages = messages;
    }

    String of(DomainException e, Locale locale) {
        if (!e.fieldProblems().isEmpty()) {
            DomainException.FieldProblem problem = e.fieldProblems().get(0);
            return text(problem.messageKey(), problem.arguments(), locale);
        }
        return text(e.messageKey(), e.arguments(), locale);
    }

    String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key}, arguments, key), locale);
    }
}
