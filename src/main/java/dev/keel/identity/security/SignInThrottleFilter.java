package dev.keel.identity.security;

import dev.keel.identity.domain.LoginAttempts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the sign-in form per client address and per user name (existing or not), before any password
 * is checked. A throttled attempt is answered 429 (the "too many requests" page) and is not audited one by
 * one: the first refusal of a run writes one {@code login.failed} entry with reason {@code throttled}, so a
 * flood cannot fill the audit log.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final RateLimiter perAddress;
    private final RateLimiter perName;
    private final LoginAttempts attempts;

    SignInThrottleFilter(RateLimiter perAddress, RateLimiter perName, LoginAttempts attempts) {
        this.perAddress = perAddress;
        this.perName = perName;
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = "address:" + request.getRemoteAddr();
        String username =
                Objects.toString(request.getParameter("username"), "").strip().toLowerCase(Locale.ROOT);
        String name = "name:" + (username.length() > 64 ? username.substring(0, 64) : username);
        Duration wait = perAddress.acquire(address);
        boolean first = !wait.isZero() && perAddress.firstRefusal(address);
        if (wait.isZero()) {
            wait = perName.acquire(name);
            first = !wait.isZero() && perName.firstRefusal(name);
        }
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        if (first) {
            attempts.failed(username, request.getRemoteAddr(), "throttled");
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }
}
