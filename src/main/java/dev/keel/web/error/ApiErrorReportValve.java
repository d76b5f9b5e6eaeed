package dev.keel.web.error;

import dev.keel.web.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before any filter or controller sees them, for example a path with
 * {@code %00} or an encoded slash {@code %2F}. For {@code /api/**} such a refusal is answered with
 * problem details like every other API error, instead of the container's HTML page; other paths keep
 * Tomcat's plain page (no server details, no stack trace).
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final Problems problems;

    ApiErrorReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** This valve in place of {@code standard}, with the same settings. */
    static Valve replacing(ErrorReportValve standard, Problems problems) {
        ApiErrorReportValve valve = new ApiErrorReportValve(problems);
        valve.setAsyncSupported(standard.isAsyncSupported());
        return valve;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getRequestURI();
        // no URI: the request line itself was refused (too long, malformed); answer it as the API would
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.startsWith("/actuator/");
        if (!api || status < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        HttpStatus httpStatus = HttpStatus.resolve(status);
        if (httpStatus == null) {
            httpStatus = HttpStatus.BAD_REQUEST;
        }
        Locale locale = request.getLocale();
        var problem = httpStatus.is5xxServerError()
                ? problems.problem(httpStatus, "internal", "error.internal", locale)
                : problems.problem(httpStatus, "http-" + status, "error.rejectedRequest", locale);
        try {
            if (uri != null && !uri.isEmpty()) {
                problem.setInstance(java.net.URI.create(uri));
            }
        } catch (IllegalArgumentException unparsable) {
            problem.setInstance(null);
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.json(problem));
                response.finishResponse();
            }
        } catch (IOException | RuntimeException ignored) {
            // the client went away or the response cannot be written any more: nothing else to tell
        }
    }
}
