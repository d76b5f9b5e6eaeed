package dev.keel;

import dev.keel.identity.ApiScope;
import dev.keel.identity.RegisterUser;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates uniquely named users and tokens for integration tests that share one database. */
public final class TestAccounts {

    public static final String PASSWORD = "Test-Password-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private TestAccounts() {}

    public static String uniqueName(String prefix) {
        return prefix + "." + RUN + "." + SEQUENCE.incrementAndGet();
    }

    public static UserSummary user(UserAccounts accounts, Role... roles) {
        String username = uniqueName("t");
        return accounts.register(
                new RegisterUser(
                        username,
                        "Test " + username,
                        username + "@test.example",
                        PASSWORD,
                        null,
                        roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                        null),
                Actor.SYSTEM);
    }

    public static String token(ApiTokens tokens, UserSummary user, ApiScope... scopes) {
        return tokens.issue(user.username(), "test", EnumSet.of(scopes[0], scopes), 30, Actor.SYSTEM)
                .secret();
    }

    /** A signed-in browser user holding {@code role}, for MockMvc requests to pages. */
    public static RequestPostProcessor signedIn(String username, Role role) {
        String[] authorities = Stream.concat(
                        Stream.of("ROLE_" + role.name()),
                        role.permissions().stream().map(p -> p.authority()))
                .toArray(String[]::new);
        return SecurityMockMvcRequestPostProcessors.user(username)
                .authorities(Stream.of(authorities)
                        .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
                        .toList());
    }

    public static String bearer(String secret) {
        return "Bearer " + secret;
    }

    public static Set<ApiScope> allScopes() {
        return EnumSet.allOf(ApiScope.class);
    }
}
