package dev.keel.ticket.web;

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
}
