package dev.keel.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Language and time zone of a request: what the session holds (set at sign-in from the user's saved
 * preferences, or by the language switch), else the language cookie, else the browser's
 * Accept-Language (Chinese for any {@code zh}, English otherwise); time zone Asia/Shanghai by default.
 */
public class KeelLocaleResolver extends SessionLocaleResolver {

    public static final String COOKIE = "KEEL_LANG";
    public static final TimeZone DEFAULT_TIME_ZONE = TimeZone.getTimeZone("Asia/Shanghai");

    public KeelLocaleResolver() {
        setDefaultLocaleFunction(KeelLocaleResolver::fromCookieOrBrowser);
        setDefaultTimeZoneFunction(request -> DEFAULT_TIME_ZONE);
    }

    private static Locale fromCookieOrBrowser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    var fromCookie = Languages.parse(cookie.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie.get();
                    }
                }
            }
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            var supported = Languages.supported(locale);
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return Languages.ENGLISH;
    }

    /** Puts a language and time zone into the session and remembers the language in a cookie. */
    public void apply(
            HttpServletRequest request, HttpServletResponse response, Locale locale, @Nullable TimeZone timeZone) {
        TimeZone zone = timeZone != null ? timeZone : resolveLocaleContextTimeZone(request);
        setLocaleContext(request, response, new SimpleTimeZoneAwareLocaleContext(locale, zone));
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private TimeZone resolveLocaleContextTimeZone(HttpServletRequest request) {
        var context = (org.springframework.context.i18n.TimeZoneAwareLocaleContext) resolveLocaleContext(request);
        TimeZone zone = context.getTimeZone();
        return zone != null ? zone : DEFAULT_TIME_ZONE;
    }
}
