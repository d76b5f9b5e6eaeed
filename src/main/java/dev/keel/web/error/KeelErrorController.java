package dev.keel.web.error;

import dev.keel.web.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever went wrong outside a controller (unknown path, error in a filter, uncaught exception):
 * problem details for {@code /api/**}, else a localised error page. Never a stack trace.
 */
@Controller
class KeelErrorController implements ErrorController {

    private static final Set<Integer> PAGES = Set.of(400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 503);

    private final Problems problems;

    KeelErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith("/api/") || uri.startsWith("/actuator/")) {
            String code = status.is5xxServerError() ? "internal" : "http-" + status.value();
            String key = status.is5xxServerError() ? "error.internal" : "error.http." + status.value();
            var problem = problems.problem(status, code, key, LocaleContextHolder.getLocale());
            response.resetBuffer();
            problems.write(request, response, problem);
            return null; // handled: the response is written
        }
        int shown = PAGES.contains(status.value()) ? status.value() : (status.is5xxServerError() ? 500 : 400);
        return ErrorPages.page(status, shown);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
