package dev.keel.identity.security;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;

import dev.keel.identity.ApiScope;
import dev.keel.identity.Permission;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.LoginAttempts;
import dev.keel.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Three filter chains: the token-authenticated, stateless REST API; the operations endpoints; and the
 * browser UI with form login, CSRF protection and sessions stored in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            Problems problems,
            @Value("${keel.security.api-requests-per-minute:600}") int apiRate)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAuthority(ApiScope.READ.authority())
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .hasAuthority(ApiScope.READ.authority())
                        .anyRequest()
                        .hasAuthority(ApiScope.WRITE.authority()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(new RateLimiter(apiRate), problems), BearerTokenFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(unauthorized(problems)).accessDeniedHandler(forbidden(problems)))
                .headers(h -> hardened(h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsChain(HttpSecurity http, ApiTokens tokens, Problems problems) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Permission.ADMIN_CONFIG.authority()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(unauthorized(problems)).accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(
            HttpSecurity http,
            LoginHandlers loginHandlers,
            LoginAttempts attempts,
            @Value("${keel.security.public-api-docs:false}") boolean publicApiDocs,
            @Value("${keel.security.sign-ins-per-minute-per-address:30}") int perAddress,
            @Value("${keel.security.sign-ins-per-minute-per-name:10}") int perName)
            throws Exception {
        http.addFilterBefore(
                new SignInThrottleFilter(new RateLimiter(perAddress), new RateLimiter(perName), attempts),
                UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/preferences/language",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico")
                        .permitAll()
                        // the API description is public only when configured (by default in demo mode)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .access(publicApiDocs ? (a, c) -> new AuthorizationDecision(true) : authenticated())
                        .requestMatchers("/admin/audit/**")
                        .hasAuthority(Permission.AUDIT_READ.authority())
                        .requestMatchers("/admin/**")
                        .hasAuthority(Permission.ADMIN_USERS.authority())
                        .requestMatchers("/portal/**")
                        .hasAuthority(Permission.PORTAL_USE.authority())
                        .requestMatchers("/workspace/**")
                        .hasAuthority(Permission.WORKSPACE_USE.authority())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginHandlers.success())
                        .failureHandler(loginHandlers.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> hardened(h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))));
        return http.build();
    }

    /**
     * A request the firewall refuses (a control character in a header, {@code %2F} or {@code ;} in the
     * path…) is a 400: problem details on the API, the error page elsewhere.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, exception) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(
                        request,
                        response,
                        problems.problem(
                                HttpStatus.BAD_REQUEST,
                                "http-400",
                                "error.rejectedRequest",
                                LocaleContextHolder.getLocale()));
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    /**
     * Headers on every answer besides Spring Security's defaults (which already send HSTS on https, that
     * is also behind a proxy that sets {@code X-Forwarded-Proto}, see {@code server.forward-headers-strategy}).
     */
    private static HeadersConfigurer<HttpSecurity> hardened(HeadersConfigurer<HttpSecurity> headers) {
        return headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
                .crossOriginOpenerPolicy(
                        coop -> coop.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static AuthenticationEntryPoint unauthorized(Problems problems) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(
                    request,
                    response,
                    problems.problem(
                            HttpStatus.UNAUTHORIZED,
                            "unauthorized",
                            "error.unauthorized",
                            LocaleContextHolder.getLocale()));
        };
    }

    private static AccessDeniedHandler forbidden(Problems problems) {
        return (request, response, exception) -> problems.write(
                request,
                response,
                problems.problem(
                        HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", LocaleContextHolder.getLocale()));
    }
}
