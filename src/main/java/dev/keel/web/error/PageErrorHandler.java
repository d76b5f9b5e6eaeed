package dev.keel.web.error;

import dev.keel.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Domain errors that escape a page controller become the matching localised error page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e) {
        return page(ErrorPages.statusOf(e.kind()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale() {
        return page(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badArgument() {
        return page(HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(HttpStatus status) {
        return ErrorPages.page(status, status.value());
    }
}
