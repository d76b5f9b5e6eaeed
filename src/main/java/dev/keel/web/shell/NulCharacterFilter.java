package dev.keel.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes the NUL character (U+0000) from every request parameter, name and value, before anything
 * reads them. NUL is never text a person meant (every text field loses it in {@code TextInput}
 * anyway), and PostgreSQL refuses to store it at all: a form field that reaches the database by a
 * path that does not clean text, such as a map of CMDB attributes, would otherwise fail with a
 * server error instead of the form's own validation message. Multipart requests are not touched (see
 * {@link #isMultipart}); their text parts go through the same binding and cleaning as other fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

    private static final char NUL = '\u0000';

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(!isMultipart(request) && hasNul(request) ? new Cleaned(request) : request, response);
    }

    /**
     * Multipart bodies are left to Spring MVC's multipart resolver: reading their parameters here would
     * parse the parts outside the error handling that turns a malformed part into a 400.
     */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean hasNul(HttpServletRequest request) {
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().indexOf(NUL) >= 0) {
                return true;
            }
            for (String v : e.getValue()) {
                if (v != null && v.indexOf(NUL) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static @Nullable String clean(@Nullable String s) {
        return s == null || s.indexOf(NUL) < 0 ? s : s.replace(String.valueOf(NUL), "");
    }

    /** The request with its parameters cleaned once. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                String[] copy = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    copy[i] = clean(values[i]);
                }
                cleaned.merge(clean(name), copy, Cleaned::concat);
            });
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        private static String[] concat(String[] a, String[] b) {
            String[] both = new String[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
