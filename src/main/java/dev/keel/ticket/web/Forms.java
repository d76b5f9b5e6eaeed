package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.FieldProblem;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * When a form record cannot be constructed because a value has the wrong type (a letter in a number
 * field, an unknown enum constant), the binding result has no target to show the form with. This
 * puts the form back with the conversion errors, so that the page re-renders with the message next to
 * the field instead of failing.
 */
final class Forms {

    private Forms() {}

    static BindingResult usable(BindingResult result, Object form, String name, Model model) {
        if (result.getTarget() != null) {
            return result;
        }
        BeanPropertyBindingResult fresh = new BeanPropertyBindingResult(form, name);
        result.getAllErrors().forEach(fresh::addError);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
        return fresh;
    }

    /** The same error with the problems of the domain's {@code from} field put on the form's {@code to} field. */
    static DomainException renamed(DomainException e, String from, String to) {
        if (e.fieldProblems().isEmpty()) {
            return e;
        }
        List<FieldProblem> problems = e.fieldProblems().stream()
                .map(p -> p.field().equals(from) ? new FieldProblem(to, p.messageKey(), p.arguments()) : p)
                .toList();
        return new DomainException(e.kind(), e.code(), e.messageKey(), problems, e.arguments());
    }
}
