package dev.keel.web.error;

import dev.keel.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The one mapping of domain error kinds to HTTP statuses, and the localised error page for a status. */
final class ErrorPages {

    private ErrorPages() {}

    static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    /** The error page answered with {@code status}, explained by the texts of {@code shown}. */
    static ModelAndView page(HttpStatus status, int shown) {
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("titleKey", "error.page." + shown + ".title");
        page.addObject("messageKey", "error.page." + shown + ".message");
        return page;
    }
}
