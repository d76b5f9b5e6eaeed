package dev.keel.identity.security;

import dev.keel.identity.domain.LoginAttempts;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.web.i18n.KeelLocaleResolver;
import dev.keel.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.TimeZone;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the login form: success clears the failure count and applies the user's saved
 * language and time zone; failure counts towards the lock-out and tells the person why, without
 * revealing whether the account exists.
 */
@Component
class LoginHandlers {

    private final LoginAttempts attempts;
    private final UserAccounts accounts;
    private final KeelLocaleResolver localeResolver;

    LoginHandlers(LoginAttempts attempts, UserAccounts accounts, KeelLocaleResolver localeResolver) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                attempts.succeeded(authentication.getName(), request.getRemoteAddr());
                accounts.loginView(authentication.getName())
                        .ifPresent(view -> localeResolver.apply(
                                request,
                                response,
                                Languages.parse(view.locale()).orElseGet(() -> localeResolver.resolveLocale(request)),
                                TimeZone.getTimeZone(view.timeZone())));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        handler.setAlwaysUseDefaultTargetUrl(false);
        return handler;
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String username =
                    Objects.toString(request.getParameter("username"), "").trim();
            String code = failureCode(username, request, exception);
            response.sendRedirect(request.getContextPath() + "/login?error=" + code);
        };
    }

    /**
     * Always "bad": a locked, disabled or unknown account answers exactly like a wrong password, so that
     * the sign-in form does not tell which user names exist. The lock is recorded (and audited) all the same.
     */
    private String failureCode(String username, HttpServletRequest request, AuthenticationException exception) {
        if (exception instanceof LockedException) {
            attempts.failed(username, request.getRemoteAddr(), "locked");
        } else if (exception instanceof DisabledException) {
            attempts.failed(username, request.getRemoteAddr(), "disabled");
        } else {
            attempts.failed(username, request.getRemoteAddr(), "bad-credentials");
        }
        return "bad";
    }
}
