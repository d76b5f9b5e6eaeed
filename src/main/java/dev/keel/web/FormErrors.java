package dev.keel.web;

import dev.keel.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a domain error on a form, next to the field it concerns or at the top of the form. */
public final class FormErrors {

    private FormErrors() {}

    public static void apply(DomainException e, BindingResult result) {
        if (e.fieldProblems().isEmpty()) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return;
        }
        // a form object that could not be built (a value that did not convert) has no fields to mark
        boolean bound = result.getTarget() != null;
        for (DomainException.FieldProblem problem : e.fieldProblems()) {
            if (bound && (result.getFieldType(problem.field()) != null || hasField(result, problem.field()))) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            } else {
                result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
