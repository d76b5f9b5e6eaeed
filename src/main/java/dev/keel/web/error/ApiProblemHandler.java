package dev.keel.web.error;

import dev.keel.shared.DomainException;
import dev.keel.web.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST controller becomes RFC 9457 problem details: a stable {@code type}, a localised
 * title and detail, and for invalid input (422) the list of field errors. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final Problems problems;

    ApiProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = ErrorPages.statusOf(e.kind());
        ProblemDetail problem = problems.problem(status, e.code(), e.messageKey(), locale, e.arguments());
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.fieldProblems().stream()
                            .map(f -> fieldError(f.field(), problems.message(f.messageKey(), locale, f.arguments())))
                            .toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale() {
        ProblemDetail problem =
                problems.problem(HttpStatus.CONFLICT, "stale", "error.stale", LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        ProblemDetail problem =
                problems.problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        ProblemDetail problem = problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected() {
        return malformed("error.rejectedRequest");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        log.debug("Unreadable multipart request", e);
        return malformed("error.multipart");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(
                        f.getField(),
                        f.isBindingFailure()
                                ? InputProblems.typeMessage(
                                        problems,
                                        InputProblems.elementType(
                                                e.getParameter().getParameterType(), f.getField()),
                                        locale)
                                : f.getDefaultMessage()))
                .toList());
    }

    /**
     * A path segment that is not a valid id is a malformed address (400); a query parameter of the wrong
     * type is an invalid field value (422), naming the parameter and what it accepts.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
        if (e instanceof MethodArgumentTypeMismatchException m) {
            name = m.getName();
            if (m.getParameter().hasParameterAnnotation(PathVariable.class)) {
                ProblemDetail problem =
                        problems.problem(HttpStatus.BAD_REQUEST, "http-400", "error.pathValue", locale, name);
                return ResponseEntity.badRequest().body(problem);
            }
        }
        return invalid(List.of(fieldError(name, InputProblems.typeMessage(problems, e.getRequiredType(), locale))));
    }

    /** Malformed JSON is a 400; well-formed JSON with a value of the wrong type or a null in a list is a 422. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var mismatch = InputProblems.mismatch(e);
        if (mismatch != null) {
            Locale locale = LocaleContextHolder.getLocale();
            return invalid(List.of(fieldError(
                    InputProblems.path(mismatch), InputProblems.mismatchMessage(problems, mismatch, locale))));
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> fieldError(
                                err instanceof FieldError f
                                        ? f.getField()
                                        : r.getMethodParameter().getParameterName(),
                                err.getDefaultMessage())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body == null && statusCode.is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            String code = "http-" + status.value();
            body = problems.problem(status, code, "error.http." + status.value(), LocaleContextHolder.getLocale());
        } else if (body instanceof ProblemDetail detail && statusCode.is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            ProblemDetail localised = problems.problem(
                    status, "http-" + status.value(), "error.http." + status.value(), LocaleContextHolder.getLocale());
            localised.setProperties(detail.getProperties());
            body = localised;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> malformed(String messageKey) {
        ProblemDetail problem =
                problems.problem(HttpStatus.BAD_REQUEST, "http-400", messageKey, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "validation", "error.validation", LocaleContextHolder.getLocale());
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    private static Map<String, String> fieldError(String field, @Nullable String message) {
        return Map.of("field", field, "message", message == null ? "" : message);
    }
}
