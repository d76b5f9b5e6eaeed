package dev.keel.identity.security;

import dev.keel.shared.KeelPrincipal;
import dev.keel.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API rate limit: per token owner (or per client address before sign-in), {@code
 * keel.security.api-requests-per-minute}. Over it, 429 problem details with {@code Retry-After}.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final Problems problems;

    ApiRateLimitFilter(RateLimiter limiter, Problems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String key = authentication != null && authentication.getPrincipal() instanceof KeelPrincipal p
                ? "user:" + p.userId()
                : "address:" + request.getRemoteAddr();
        Duration wait = limiter.acquire(key);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
        problems.write(
                request,
                response,
                problems.problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "error.http.429",
                        LocaleContextHolder.getLocale()));
    }
}
